using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Hedging;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Support;

/// <summary>A bot on a scripted venue, fake time and recording outputs.</summary>
public sealed class BotHarness
{
    /// <param name="hedge">Hedged farming's second venue, built on the harness's clock; none by default.</param>
    /// <param name="journalOf">The journal the bot writes to, around <see cref="Journal"/> (the rows that reached the disk); that list itself by default.</param>
    public BotHarness(BotSettings? settings = null, ScriptedVenue? venue = null, BotTimings? timings = null, ListJournal? journal = null, Func<TimeProvider, HedgeVenue>? hedge = null, Func<ListJournal, ITradeJournal>? journalOf = null)
    {
        Venue = venue ?? new ScriptedVenue();
        Venue.Clock ??= Time;
        Settings = settings ?? Boost();
        Journal = journal ?? new ListJournal();
        Bot = new TradingBot(Venue, Settings, journalOf?.Invoke(Journal) ?? Journal, Log.Logger, Time, timings ?? new BotTimings(), new Random(7)) { Hedge = hedge?.Invoke(Time) };
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public ScriptedVenue Venue { get; }

    public BotSettings Settings { get; }

    public ListJournal Journal { get; }

    public RecordingLog Log { get; } = new();

    public TradingBot Bot { get; }

    public static BotSettings Boost(bool useIoc = false, int maxCycles = 1, Side direction = Side.Buy) => new()
    {
        Venue = "paradex",
        Ticker = "TEST",
        Quantity = 1.0m,
        Direction = direction,
        Boost = true,
        UseIoc = useIoc,
        WaitTime = TimeSpan.FromSeconds(1),
        MaxCycles = maxCycles,
    };

    public static BotSettings Normal(int maxCycles = 1, Side direction = Side.Buy) => new()
    {
        Venue = "paradex",
        Ticker = "TEST",
        Quantity = 1.0m,
        Direction = direction,
        WaitTime = TimeSpan.FromSeconds(400),
        MaxOrders = 12,
        MaxCycles = maxCycles,
    };

    /// <summary>Runs the bot on fake time; <paramref name="script"/> runs alongside and acts on the venue.</summary>
    public BotOutcome Run(Func<BotHarness, Task>? script = null, CancellationToken stop = default)
    {
        try
        {
            return FakeTimeRunner.Run(Time, async () =>
            {
                var run = Bot.RunAsync(stop);
                if (script is not null)
                {
                    await script(this);
                }

                return await run;
            });
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}; last log lines:\n{string.Join("\n", Log.Lines.TakeLast(15))}", timeout);
        }
    }

    /// <summary>Waits (on fake time) until the bot has placed an order of this kind, and returns it.</summary>
    public async Task<OrderRequest> NextPlaced(OrderKind kind, int index = 0)
    {
        while (Venue.PlacedOf(kind).Count <= index)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), Time);
        }

        return Venue.PlacedOf(kind)[index];
    }

    /// <summary>Waits until the bot has placed its <paramref name="index"/>-th post-only order on this side, and returns it.</summary>
    public async Task<OrderRequest> NextPostOnly(Side side, int index = 0)
    {
        while (Venue.PlacedOf(OrderKind.PostOnly).Count(o => o.Side == side) <= index)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), Time);
        }

        return Venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == side).ElementAt(index);
    }

    /// <summary>Normal mode: fills the next take-profit once it rests (what completes a cycle).</summary>
    public async Task FillTakeProfit(int index = 0)
    {
        var takeProfit = await NextPostOnly(Settings.CloseSide, index);
        while (Venue.Order(takeProfit.ClientOrderId).Status != OrderStatus.Open)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), Time);
        }

        Venue.Fill(takeProfit.ClientOrderId, takeProfit.Quantity);
    }
}
