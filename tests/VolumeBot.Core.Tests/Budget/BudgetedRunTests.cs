using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Budget;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Venue;
using VolumeBot.Testing;

namespace VolumeBot.Core.Tests.Budget;

/// <summary>Issue 13: the bot under an order budget, on fake time: cycles wait for room and no window is ever exceeded.</summary>
public sealed class BudgetedRunTests
{
    private static readonly BotTimings Retail = new() { PostOnlyAttempts = 3 }; // two re-prices at most
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingLog _log = new();

    [Fact]
    public void Worst_case_counts_every_open_attempt_the_cancels_and_every_close_leg()
    {
        Assert.Equal(3 + 3 + 1 + 5, CycleOrderBound.WorstCase(BotHarness.Boost(useIoc: true), Retail));
        Assert.Equal(3 + 3 + 5, CycleOrderBound.WorstCase(BotHarness.Boost(), Retail));
        Assert.Equal(3 + 3 + 5 + 3, CycleOrderBound.WorstCase(BotHarness.Normal(), Retail));
    }

    [Fact]
    public void Each_close_tactic_and_strategy_declares_its_own_worst_case_or_is_refused()
    {
        var layers = new[] { new IocLayer(50m, 2m), new IocLayer(30m, 5m), new IocLayer(20m, 10m) };
        Assert.Equal(3 + 3 + 3 + 5, CycleOrderBound.WorstCase(BotHarness.Boost() with { CloseTactic = "layered-ioc", IocLayers = layers }, Retail));
        Assert.Equal(3 + 3 + 5, CycleOrderBound.WorstCase(BotHarness.Boost() with { CloseTactic = "market" }, Retail));
        Assert.Contains("--close maker-first re-prices its maker orders", Assert.Throws<ArgumentException>(() => CycleOrderBound.WorstCase(BotHarness.Boost() with { CloseTactic = "maker-first" }, Retail)).Message, StringComparison.Ordinal);
        foreach (var strategy in new[] { "two-sided", "hedge", "no-such-strategy" })
        {
            Assert.Contains($"--strategy {strategy} re-prices", Assert.Throws<ArgumentException>(() => CycleOrderBound.WorstCase(BotHarness.Boost() with { Strategy = strategy }, Retail)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cycles_wait_for_the_budget_say_so_once_and_never_exceed_a_window()
    {
        // 60 % margin: 1 per second, 12 per minute; a cycle may take 12, so each one waits for an empty minute
        var limits = OrderLimits.ParadexRetail;
        var settings = BotHarness.Boost(useIoc: true, maxCycles: 4);
        using var budget = OrderBudget.Open(limits, 0.6m, null, CycleOrderBound.WorstCase(settings, Retail), null, _time);
        var venue = new ScriptedVenue { Clock = _time };
        var sent = new List<DateTimeOffset>();
        venue.OnPlace = _ => Sent(sent);
        venue.OnCancel = _ =>
        {
            sent.Add(_time.GetUtcNow());
            return null;
        };
        var bot = new TradingBot(new BudgetedVenue(venue, budget), settings, new ListJournal(), _log.Logger, _time, Retail, new Random(7))
        {
            CycleGate = new OrderBudgetGate(budget, new ActivityLog(_log.Logger), _time),
        };

        var outcome = FakeTimeRunner.Run(_time, async () =>
        {
            var run = bot.RunAsync(CancellationToken.None);
            for (var cycle = 0; cycle < 4; cycle++)
            {
                while (venue.PlacedOf(OrderKind.PostOnly).Count <= cycle)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), _time);
                }

                venue.Fill(venue.PlacedOf(OrderKind.PostOnly)[cycle].ClientOrderId, settings.Quantity);
            }

            return await run;
        }, limit: TimeSpan.FromHours(1));

        Assert.Equal((StopReason.MaxCycles, 4), (outcome.Reason, outcome.Summary.Cycles));
        Assert.Equal(8, sent.Count); // an open and an IOC per cycle
        Assert.True(MostIn(sent, TimeSpan.FromSeconds(1)) <= 1, "the 1 s window");
        Assert.True(MostIn(sent, TimeSpan.FromMinutes(1)) <= 12, "the minute window");
        Assert.True(sent[^1] - sent[0] >= TimeSpan.FromMinutes(3), "cycles 2 to 4 each waited for the minute to empty");
        var waits = _log.Lines.Count(l => l.Contains("Order budget: the next cycle may take 12 orders and would not fit", StringComparison.Ordinal));
        var resumes = _log.Lines.Count(l => l.Contains("Order budget: room for the next cycle again", StringComparison.Ordinal));
        Assert.Equal(3, waits);
        Assert.Equal(3, resumes);
    }

    [Fact]
    public void While_a_cycle_waits_hours_for_the_budget_the_periodic_reconcile_and_the_status_line_go_on()
    {
        // room for one cycle a day: the second waits about 24 hours, while a cancel still fits
        var limits = new OrderLimits("test", [new(TimeSpan.FromDays(1), 13)]);
        var settings = BotHarness.Boost(useIoc: true, maxCycles: 2);
        using var budget = OrderBudget.Open(limits, 0m, null, CycleOrderBound.WorstCase(settings, Retail), null, _time);
        var venue = new ScriptedVenue { Clock = _time };
        var bot = new TradingBot(new BudgetedVenue(venue, budget), settings, new ListJournal(), _log.Logger, _time, Retail, new Random(7))
        {
            CycleGate = new OrderBudgetGate(budget, new ActivityLog(_log.Logger), _time),
        };
        using var stop = new CancellationTokenSource();
        var stray = venue.EarlierRunId();
        var linesAtWait = 0;

        var outcome = FakeTimeRunner.Run(_time, async () =>
        {
            var run = bot.RunAsync(stop.Token);
            while (venue.PlacedOf(OrderKind.PostOnly).Count == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), _time);
            }

            venue.Fill(venue.PlacedOf(OrderKind.PostOnly)[0].ClientOrderId, settings.Quantity);
            while (!_log.Lines.Any(l => l.Contains("would not fit", StringComparison.Ordinal)))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), _time);
            }

            // an order of the bot's that it does not track shows up on the venue while the cycle waits
            linesAtWait = _log.Lines.Count;
            venue.ExtraOpenOrders.Add(new OrderSnapshot(stray, "v-stray", Side.Buy, OrderKind.PostOnly, 1m, 99m, OrderStatus.Open, 0m, null));
            await Task.Delay(TimeSpan.FromHours(1), _time);
            stop.Cancel();
            return await run;
        }, limit: TimeSpan.FromHours(3));

        var duringWait = _log.Lines.Skip(linesAtWait).ToList();
        Assert.Equal((StopReason.StopRequested, 1), (outcome.Reason, outcome.Summary.Cycles));
        Assert.Contains(stray, venue.CancelRequests); // the reconcile found and cancelled it, an hour into a day's wait
        Assert.Contains(duringWait, l => l.Contains("[RECONCILE] Cancelling buy order " + stray, StringComparison.Ordinal));
        Assert.InRange(duringWait.Count(l => l.Contains("Current Position:", StringComparison.Ordinal)), 55, 61); // every 60 s
        Assert.DoesNotContain(duringWait, l => l.Contains("room for the next cycle again", StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_that_would_break_a_window_is_never_sent()
    {
        var limits = new OrderLimits("test", [new(TimeSpan.FromSeconds(1), 3), new(TimeSpan.FromDays(1), 2)]);
        using var budget = OrderBudget.Open(limits, 0m, null, 1, null, _time);
        var venue = new ScriptedVenue { Clock = _time };
        var guarded = new BudgetedVenue(venue, budget);

        var results = FakeTimeRunner.Run(_time, async () =>
        {
            var placed = new List<VenueResult<OrderSnapshot>>();
            for (var i = 0; i < 3; i++)
            {
                placed.Add(await guarded.PlaceOrderAsync(new OrderRequest($"c{i}", Side.Buy, OrderKind.Market, 1m, null), CancellationToken.None));
            }

            var cancel = await guarded.CancelOrderAsync("c0", CancellationToken.None);
            return (placed, cancel);
        });

        Assert.True(results.placed[0].IsSuccess && results.placed[1].IsSuccess);
        Assert.Equal(VenueErrorKind.RateLimited, results.placed[2].Error!.Kind);
        Assert.Contains("would break the test order limits", results.placed[2].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(VenueErrorKind.RateLimited, results.cancel.Error!.Kind);
        Assert.Equal(2, venue.Placed.Count);
        Assert.Empty(venue.CancelRequests);
        Assert.Equal(2, guarded.Refused);
    }

    private VenueResult<OrderSnapshot>? Sent(List<DateTimeOffset> sent)
    {
        sent.Add(_time.GetUtcNow());
        return null;
    }

    private static int MostIn(List<DateTimeOffset> times, TimeSpan window) =>
        times.Select(t => times.Count(u => u >= t && u < t + window)).DefaultIfEmpty(0).Max();
}
