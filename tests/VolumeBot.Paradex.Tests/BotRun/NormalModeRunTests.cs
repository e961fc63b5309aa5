using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.BotRun;

/// <summary>
/// Normal mode over the real protocol: each filled open gets a post-only take-profit that rests on the venue, and the
/// position equals what those take-profits still have to close.
/// </summary>
public sealed class NormalModeRunTests
{
    /// <summary>Normal mode, two cycles, take-profits 1 % away: far enough that they stay on the book during the test.</summary>
    private static readonly BotSettings TwoCycles = new()
    {
        Venue = "paradex",
        Ticker = "BTC",
        Quantity = 0.01m,
        Direction = Side.Buy,
        TakeProfitPercent = 1m,
        MaxOrders = 5,
        WaitTime = TimeSpan.Zero,
        MaxCycles = 2,
    };

    [Fact]
    public async Task Filled_opens_leave_resting_take_profits_that_cover_the_position()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 31));
        var journal = new ListJournal();
        var log = new RecordingLog();
        var settings = TwoCycles;
        var timings = new BotTimings { ChaseInterval = TimeSpan.FromMilliseconds(700), RecheckInterval = TimeSpan.FromMilliseconds(200) };
        await using var client = new ParadexClient(ParadexTestClients.Options(emulator), TimeProvider.System, null);
        var bot = new TradingBot(client, settings, journal, log.Logger, TimeProvider.System, timings);
        using var stop = new CancellationTokenSource();

        // --max-cycles counts take-profits that filled: with both resting, the bot waits for them and opens nothing more
        var run = bot.RunAsync(stop.Token);
        var waiting = "--max-cycles 2: 0 completed and 2 take-profit(s) resting, no new opens";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!log.Contains(waiting) && !run.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        stop.Cancel();
        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(log.Contains(waiting), log.ToString());
        Assert.True(outcome.Reason == StopReason.StopRequested, $"{outcome.Reason}: {outcome.Detail}\n{log}");
        Assert.Equal(0, outcome.Summary.Cycles);
        var takeProfits = emulator.Orders()
            .Select(o => emulator.Order(o.ClientId)!)
            .Where(o => o.Side == Side.Sell && o.Kind == OrderKind.PostOnly && o.Status == OrderStatus.Open)
            .ToList();
        Assert.Equal(2, takeProfits.Count);
        Assert.Equal(emulator.Position(), takeProfits.Sum(o => o.RemainingQuantity));
        var opens = journal.Records.Where(r => r.TradeRole == "OPEN").ToList();
        Assert.All(takeProfits, tp => Assert.Contains(opens, open => tp.Price >= open.Price * 1.0099m));
        Assert.Equal(emulator.Fills().Count, journal.Records.Count);
        var left = outcome.Summary.LeftOpen!;
        Assert.Equal(emulator.Position(), left.Position);
        Assert.Equal(takeProfits.Select(o => o.Price).Order(), left.TakeProfits.Select(o => (decimal?)o.Price));
    }

    [Fact]
    public async Task A_take_profit_closed_for_margin_is_not_counted_as_resting()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 32));
        emulator.Faults.RejectNextOrders("NOT_ENOUGH_MARGIN", count: 50, side: Side.Sell); // every take-profit: 201, then CLOSED
        var journal = new ListJournal();
        var log = new RecordingLog();
        var settings = TwoCycles;
        var timings = new BotTimings
        {
            ChaseInterval = TimeSpan.FromMilliseconds(700),
            RecheckInterval = TimeSpan.FromMilliseconds(200),
            InitialBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(200),
        };
        await using var client = new ParadexClient(ParadexTestClients.Options(emulator), TimeProvider.System, null);
        var bot = new TradingBot(client, settings, journal, log.Logger, TimeProvider.System, timings);
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var outcome = await bot.RunAsync(safety.Token);

        Assert.True(outcome.Reason == StopReason.Halted, $"{outcome.Reason}: {outcome.Detail}\n{log}");
        Assert.Contains("NOT_ENOUGH_MARGIN", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(0, outcome.Summary.Cycles);
        Assert.False(log.Contains("Take-profit sell"), log.ToString());
        var takeProfits = emulator.Orders().Where(o => o.Request.Side == Side.Sell && o.Request.Kind == OrderKind.PostOnly).ToList();
        Assert.NotEmpty(takeProfits);
        Assert.All(takeProfits, o => Assert.Equal("NOT_ENOUGH_MARGIN", emulator.Order(o.ClientId)!.CancelReason));
    }
}
