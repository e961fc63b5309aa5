using System.Globalization;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

/// <summary>
/// Core's TradingBot (boost + IOC close, real clock) with the real GrvtClient against the emulator: every cycle
/// closes, the journal matches the venue's fills one to one, and faults mid-run lose nothing and double nothing.
/// </summary>
public class BotRunTests
{
    private static readonly BotTimings FastTimings = new()
    {
        ChaseInterval = TimeSpan.FromMilliseconds(500),
        ConfirmTimeout = TimeSpan.FromSeconds(1),
        TakerSettleTimeout = TimeSpan.FromSeconds(1),
        FillReportTimeout = TimeSpan.FromMilliseconds(500),
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(500),
        RecheckInterval = TimeSpan.FromMilliseconds(200),
    };

    [Fact]
    public async Task A_boost_ioc_run_closes_every_cycle_and_journals_every_fill_once()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);
        var journal = new ListJournal();

        var outcome = await RunAsync(venue, journal, cycles: 4);

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(4, outcome.Summary.Cycles);
        AssertFlatAndJournalMatchesVenue(venue, journal);
        Assert.Contains(journal.Records, r => r.Role == LiquidityRole.Maker && r.Fee > 0); // the open pays GRVT Level 1's maker fee
        Assert.Contains(journal.Records, r => r.Role == LiquidityRole.Taker && r.CloseMethod == "ioc");
    }

    [Fact]
    public async Task A_dropped_socket_and_a_sequence_gap_mid_run_lose_no_fill_and_leave_no_position()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);
        var journal = new ListJournal();
        var faults = Task.Run(async () =>
        {
            await Wait.UntilAsync(() => venue.Emulator.Fills.Count >= 2, "the first fills", 30);
            venue.Emulator.DropWebSockets();
            await Wait.UntilAsync(() => venue.Client.StreamConnections >= 2 && venue.Emulator.OpenWebSockets == 1, "the reconnect", 30);
            var reconnected = venue.Emulator.Fills.Count;
            // the first message of each stream after subscribing sets the client's baseline; lose some after it
            await Wait.UntilAsync(() => venue.Emulator.Fills.Count >= reconnected + 2, "fills on the new connection", 30);
            var before = venue.Emulator.Fills.Count;
            venue.Emulator.Faults.DropNextFeedMessages(2);
            await Wait.UntilAsync(() => venue.Emulator.Fills.Count >= before + 3, "fills after the gap", 30);
        });

        var outcome = await RunAsync(venue, journal, cycles: 6);
        await faults;

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.True(venue.Client.StreamConnections >= 3, $"{venue.Client.StreamConnections} connections");
        Assert.True(venue.Client.SequenceGapsDetected >= 1);
        AssertFlatAndJournalMatchesVenue(venue, journal);
    }

    [Fact]
    public async Task A_session_revoked_mid_run_logs_in_again_and_loses_no_fill()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);
        var journal = new ListJournal();
        var faults = Task.Run(async () =>
        {
            await Wait.UntilAsync(() => venue.Emulator.Fills.Count >= 2, "the first fills", 30);
            venue.Emulator.ExpireSessions(); // every private call answers 401 until the client logs in again
            await Wait.UntilAsync(() => venue.Emulator.Logins >= 2, "a second login", 30);
            venue.Emulator.ExpireSessions();
            venue.Emulator.DropWebSockets(downFor: TimeSpan.FromMilliseconds(500)); // the stream must log in again too
        });

        var outcome = await RunAsync(venue, journal, cycles: 6);
        await faults;

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.True(venue.Emulator.Logins >= 3, $"{venue.Emulator.Logins} logins");
        AssertFlatAndJournalMatchesVenue(venue, journal);
    }

    [Fact]
    public async Task A_timed_out_submission_mid_run_creates_no_second_order()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false, requestTimeout: TimeSpan.FromSeconds(1));
        var journal = new ListJournal();
        var faults = Task.Run(async () =>
        {
            await Wait.UntilAsync(() => venue.Emulator.Fills.Count >= 1, "the first fill", 30);
            venue.Emulator.Faults.TimeOutNextCreateOrder(2);
        });

        var outcome = await RunAsync(venue, journal, cycles: 4);
        await faults;

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.All(venue.Emulator.AcceptedOrders, id => Assert.Equal(1, venue.Emulator.CreateAttempts(id)));
        AssertFlatAndJournalMatchesVenue(venue, journal);
    }

    [Fact]
    public async Task Manual_orders_survive_the_boost_start_up_reconcile_and_the_bots_own_leftover_does_not()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);
        await using var manualClient = new GrvtClient(GrvtTestVenue.ClientOptionsFor(venue.Emulator));
        Assert.True((await manualClient.ConnectAsync(CancellationToken.None)).IsSuccess);
        var random = new Random(2026);
        var uiRange = ((ulong)random.NextInt64(7_300_000_000_000_000_000, 7_400_000_000_000_000_000)).ToString(CultureInfo.InvariantCulture);
        var apiRange = ((1UL << 63) | (ulong)random.NextInt64(0, long.MaxValue)).ToString(CultureInfo.InvariantCulture);
        var leftover = new ClientOrderIds(venue.Client.ClientOrderIdKey, new Random(3)).Next(); // an earlier run's, same key
        var bid = (await manualClient.GetTopOfBookAsync(CancellationToken.None)).Value.BestBid;
        foreach (var id in new[] { uiRange, apiRange, leftover })
        {
            var placed = await manualClient.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.1m, decimal.Round(bid * 0.8m, 2)), CancellationToken.None);
            Assert.True(placed.IsSuccess, placed.ToString());
        }

        var outcome = await RunAsync(venue, new ListJournal(), cycles: 1);

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(new[] { apiRange, uiRange }.Order(), venue.Emulator.OpenOrders.Select(o => o.Request.ClientOrderId).Order());
        Assert.Equal(OrderStatus.Canceled, venue.Emulator.FindOrder(leftover)?.Status);
    }

    private static async Task<BotOutcome> RunAsync(GrvtTestVenue venue, ListJournal journal, int cycles)
    {
        var settings = new BotSettings
        {
            Venue = "grvt",
            Ticker = "ETH",
            Quantity = 0.1m,
            Boost = true,
            UseIoc = true,
            WaitTime = TimeSpan.Zero,
            MaxCycles = cycles,
        };
        var bot = new TradingBot(venue.Client, settings, journal, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System, FastTimings);
        return await bot.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(90));
    }

    private static void AssertFlatAndJournalMatchesVenue(GrvtTestVenue venue, ListJournal journal)
    {
        Assert.Equal(0m, venue.Emulator.Position);
        Assert.Empty(venue.Emulator.OpenOrders);
        var fills = venue.Emulator.Fills.ToDictionary(f => f.TradeId);
        var rows = journal.Records;
        Assert.Equal(fills.Count, rows.Count);
        Assert.Equal(fills.Keys.Order(), rows.Select(r => r.FillId).Order());
        foreach (var row in rows)
        {
            var fill = fills[row.FillId];
            Assert.Equal((fill.ClientOrderId, fill.Side, fill.Size, fill.Price, fill.Fee), (row.ClientOrderId, row.Side, row.Quantity, row.Price, row.Fee));
            Assert.Equal(fill.IsTaker ? LiquidityRole.Taker : LiquidityRole.Maker, row.Role);
            Assert.Equal(fill.OrderId, row.OrderId);
        }
    }
}
