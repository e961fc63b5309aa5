using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.BotRun;

/// <summary>
/// Core's TradingBot in boost + IOC mode with the real ParadexClient against the emulator, on the real clock:
/// every cycle closes, the journal matches the venue's fills one to one, and faults mid-run change neither.
/// </summary>
public sealed class BoostIocRunTests
{
    private static readonly BotTimings FastTimings = new()
    {
        ChaseInterval = TimeSpan.FromMilliseconds(700),
        ConfirmTimeout = TimeSpan.FromSeconds(2),
        TakerSettleTimeout = TimeSpan.FromSeconds(2),
        FillReportTimeout = TimeSpan.FromSeconds(1),
        RecheckInterval = TimeSpan.FromMilliseconds(200),
        PauseInterval = TimeSpan.FromMilliseconds(200),
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task Every_cycle_closes_and_the_journal_matches_the_venue_fills()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 21));
        var run = new BotRun(emulator, cycles: 4);

        var outcome = await run.RunAsync(script: async () =>
        {
            // a few duplicated and late events on the way: the journal must still count each fill once
            await Eventually.WaitAsync(() => run.Journal.Records.Count > 0, "a first fill");
            emulator.Faults.DuplicateEvents(6);
            emulator.Faults.DelayEvents(TimeSpan.FromMilliseconds(150), 2);
        });

        run.AssertClean(outcome, cycles: 4);
    }

    [Fact]
    public async Task A_websocket_drop_mid_run_loses_no_fill_and_leaves_no_position()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 22));
        var run = new BotRun(emulator, cycles: 4);

        var outcome = await run.RunAsync(script: async () =>
        {
            await Eventually.WaitAsync(() => run.Journal.Records.Count > 0, "a first fill");
            await Eventually.WaitAsync(() => emulator.Orders().Any(o => emulator.Order(o.ClientId)?.Status == OrderStatus.Open), "a resting open order", 20_000);
            emulator.Faults.DropWebSockets(downFor: TimeSpan.FromSeconds(1.5)); // fills of the resting order and of its close happen unseen
        });

        run.AssertClean(outcome, cycles: 4);
        Assert.True(run.Client.StreamRestorations >= 1);
        Assert.True(run.Log.Contains("Order stream restored"), run.Log.ToString());
    }

    [Fact]
    public async Task A_timed_out_submission_creates_no_second_order()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 23));
        var run = new BotRun(emulator, cycles: 3);

        var outcome = await run.RunAsync(script: async () =>
        {
            await Eventually.WaitAsync(() => run.Journal.Records.Count > 0, "a first fill");
            emulator.Faults.TimeOutNextOrder();
        });

        run.AssertClean(outcome, cycles: 3);
        var timedOut = Assert.Single(emulator.Faults.TimedOutClientIds);
        Assert.Single(emulator.Orders(), o => o.ClientId == timedOut);
        Assert.True(run.Log.Contains("Found the order on the venue; not sending it again"), run.Log.ToString());
        Assert.Equal(emulator.Orders().Count, emulator.Orders().Select(o => o.ClientId).Distinct().Count());
    }

    [Fact]
    public async Task A_token_revoked_mid_run_is_replaced_and_the_run_goes_on()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 24));
        var run = new BotRun(emulator, cycles: 3);

        var outcome = await run.RunAsync(script: async () =>
        {
            await Eventually.WaitAsync(() => run.Journal.Records.Count > 0, "a first fill");
            emulator.RevokeTokens(); // the venue logs the session out: every private call gets 401 until a new JWT
        });

        run.AssertClean(outcome, cycles: 3);
        Assert.True(emulator.Stats.Unauthorized >= 1, "no private call met the revoked token");
        Assert.True(run.Client.TokensIssued >= 2);
    }

    [Fact]
    public async Task Lost_cancel_answers_a_feed_gap_and_rate_limits_at_once_lose_nothing()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 25));
        var run = new BotRun(emulator, cycles: 4);

        var outcome = await run.RunAsync(script: async () =>
        {
            await Eventually.WaitAsync(() => run.Journal.Records.Count > 0, "a first fill");

            // faults stack: each adds to what is left of the others
            emulator.Faults.LoseNextCancelAnswers(2);
            emulator.Faults.DropNextEvents(3);
            emulator.Faults.DropNextEvents(3);
            emulator.Faults.FailNextRequests(2, 429, "GET /v1/orders");
            emulator.Faults.FailNextRequests(1, 503);
        });

        run.AssertClean(outcome, cycles: 4);
        Assert.Equal(6, emulator.Faults.DroppedEvents);
    }

    /// <summary>One bot run: settings, client, journal and log, and the checks every run must pass.</summary>
    private sealed class BotRun(ParadexEmulator emulator, int cycles)
    {
        public ListJournal Journal { get; } = new();

        public RecordingLog Log { get; } = new();

        public ParadexClient Client { get; } = new(ParadexTestClients.Options(emulator), TimeProvider.System, null);

        public async Task<BotOutcome> RunAsync(Func<Task> script)
        {
            var settings = new BotSettings
            {
                Venue = "paradex",
                Ticker = "BTC",
                Quantity = 0.01m,
                Direction = Side.Buy,
                Boost = true,
                UseIoc = true,
                WaitTime = TimeSpan.Zero,
                MaxCycles = cycles,
            };
            await using var client = Client;
            var bot = new TradingBot(client, settings, Journal, Log.Logger, TimeProvider.System, FastTimings);
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var running = bot.RunAsync(safety.Token);
            await Task.WhenAny(script(), running);
            var outcome = await running;
            Assert.False(safety.IsCancellationRequested, "the run did not finish within 60 s");
            return outcome;
        }

        public void AssertClean(BotOutcome outcome, int cycles)
        {
            Assert.True(outcome.Reason == StopReason.MaxCycles, $"{outcome.Reason}: {outcome.Detail}\n{Log}");
            Assert.Equal(cycles, outcome.Summary.Cycles);
            Assert.Equal(0m, emulator.Position());
            Assert.DoesNotContain(emulator.Orders(), o => emulator.Order(o.ClientId)?.Status.IsTerminal() == false);

            var venueFills = emulator.Fills().OrderBy(f => f.FillId).ToList();
            var rows = Journal.Records.OrderBy(r => r.FillId).ToList();
            Assert.Equal(venueFills.Select(f => f.FillId), rows.Select(r => r.FillId));
            foreach (var (fill, row) in venueFills.Zip(rows))
            {
                Assert.Equal((fill.Side, fill.Quantity, fill.Price, fill.Fee, fill.Role, fill.ClientOrderId, fill.VenueOrderId), (row.Side, row.Quantity, row.Price, row.Fee, row.Role, row.ClientOrderId, row.OrderId));
            }

            Assert.Equal(venueFills.Where(f => f.Side == Side.Buy).Sum(f => f.Quantity), venueFills.Where(f => f.Side == Side.Sell).Sum(f => f.Quantity));

            // the post-only opens fill as maker, and the wire names the taker's side for them: the rows must not
            Assert.Contains(rows, r => r.Role == LiquidityRole.Maker && r.TradeRole == "OPEN");
            Assert.All(rows.Where(r => r.TradeRole == "OPEN"), r => Assert.Equal(Side.Buy, r.Side));
            Assert.Equal(0m, rows.Sum(r => r.Side.Sign() * r.Quantity));
        }
    }
}
