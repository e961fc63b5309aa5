using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 9 item 10: between cycles, every few minutes, the venue is compared with the bot's view and a lasting difference is acted on.</summary>
public class PeriodicReconcileTests
{
    private static readonly BotTimings Timings = new() { ReconcileInterval = TimeSpan.FromSeconds(10) };

    [Fact]
    public void A_stray_order_of_the_bot_is_cancelled()
    {
        var stray = new OrderSnapshot(new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(99)).Next(), "v-stray", Side.Buy, OrderKind.PostOnly, 1.0m, 90m, OrderStatus.Open, 0m, null);
        var manual = new OrderSnapshot("my-manual-order", "v-manual", Side.Buy, OrderKind.Limit, 1.0m, 90m, OrderStatus.Open, 0m, null);
        var h = new BotHarness(BotHarness.Boost(maxCycles: 6) with { WaitTime = TimeSpan.FromSeconds(5) }, timings: Timings);

        h.Run(async h =>
        {
            await FillOpensAsync(h, 2);
            h.Venue.ExtraOpenOrders.AddRange([stray, manual]); // appears after the start-up reconcile
            await FillOpensAsync(h, 4, from: 2);
        });

        Assert.Contains(stray.ClientOrderId, h.Venue.CancelRequests);
        Assert.DoesNotContain(manual.ClientOrderId, h.Venue.CancelRequests);
        Assert.True(h.Log.Contains($"[RECONCILE] Cancelling buy order {stray.ClientOrderId}"));
    }

    [Fact]
    public void A_stray_seen_on_one_read_only_is_left_alone()
    {
        var stray = new OrderSnapshot(new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(99)).Next(), "v-stray", Side.Buy, OrderKind.PostOnly, 1.0m, 90m, OrderStatus.Open, 0m, null);
        var h = new BotHarness(BotHarness.Boost(maxCycles: 6) with { WaitTime = TimeSpan.FromSeconds(5) }, timings: Timings);
        var shown = false;
        h.Venue.OnGetOpenOrders = listed =>
        {
            if (shown || h.Venue.PlacedOf(OrderKind.PostOnly).Count < 3)
            {
                return listed;
            }

            shown = true;
            return [.. listed, stray];
        };

        h.Run(async h => await FillOpensAsync(h, 6));

        Assert.True(shown);
        Assert.DoesNotContain(stray.ClientOrderId, h.Venue.CancelRequests);
        Assert.True(h.Log.Contains("[RECONCILE] A second read agrees with the bot's view"));
    }

    [Fact]
    public void A_fill_the_stream_lost_is_recorded_from_the_fill_history()
    {
        var lost = new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(5)).Next();
        var h = new BotHarness(BotHarness.Boost(maxCycles: 6) with { WaitTime = TimeSpan.FromSeconds(5) }, timings: Timings);
        var lostFill = default(Fill);

        var outcome = h.Run(async h =>
        {
            await FillOpensAsync(h, 2);
            // an order of the bot whose every message was lost: only the position and the fill history show it
            lostFill = new Fill("f-lost", "v-lost", lost, Side.Buy, 0.5m, 100m, 0.005m, LiquidityRole.Maker, h.Time.GetUtcNow());
            h.Venue.EarlierFills.Add(lostFill);
            h.Venue.Position += 0.5m;
            await FillOpensAsync(h, 4, from: 2);
        });

        Assert.Contains(h.Journal.Records, r => r.FillId == "f-lost");
        Assert.True(h.Log.Contains("[RECONCILE] Position agrees again after recording 1 fills the stream had missed"));
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Contains(h.Venue.PlacedOf(OrderKind.Market), o => o.Side == Side.Sell && o.Quantity == 0.5m);
        Assert.Equal(0m, h.Venue.Position);
    }

    [Fact]
    public void A_position_the_bots_fills_do_not_explain_stops_the_run()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 6) with { WaitTime = TimeSpan.FromSeconds(5) }, timings: Timings);

        var outcome = h.Run(async h =>
        {
            await FillOpensAsync(h, 2);
            h.Venue.Position += 0.5m; // a trade nobody reported (a liquidation, another program on the account)
            await FillOpensAsync(h, 4, from: 2, stopWhen: () => h.Log.Contains("Trading halted"));
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Contains("position mismatch: 0.5 on the venue, 0 from the bot's fills", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_momentary_wrong_position_read_changes_nothing()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 6) with { WaitTime = TimeSpan.FromSeconds(5) }, timings: Timings);
        var glitched = false;
        h.Venue.OnGetPosition = () =>
        {
            if (glitched || h.Venue.PlacedOf(OrderKind.PostOnly).Count < 3)
            {
                return null;
            }

            glitched = true;
            return VenueResult<PositionSnapshot>.Ok(new PositionSnapshot(0.5m));
        };

        var outcome = h.Run(async h => await FillOpensAsync(h, 6));

        Assert.True(glitched);
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact]
    public void The_difference_names_what_differs()
    {
        var rules = new MarketRules("TEST-USD-PERP", 0.1m, 0.1m, 0.1m, 0m);
        var mine = new OrderSnapshot(new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(1)).Next(), "v1", Side.Sell, OrderKind.PostOnly, 1m, 101m, OrderStatus.Open, 0m, null);
        var inherited = new OrderSnapshot(new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(2)).Next(), "v2", Side.Sell, OrderKind.PostOnly, 1m, 102m, OrderStatus.Open, 0m, null);

        var none = PeriodicReconcile.Compare(1.04m, [inherited], 1m, [], new HashSet<string>([inherited.ClientOrderId]), rules, new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(9)));
        var some = PeriodicReconcile.Compare(1.05m, [mine, inherited], 1m, [], new HashSet<string>([inherited.ClientOrderId]), rules, new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(9)));

        Assert.True(none.IsNone);
        Assert.True(some.PositionDiffers);
        Assert.Equal([mine], some.Strays);
    }

    private static async Task FillOpensAsync(BotHarness h, int count, int from = 0, Func<bool>? stopWhen = null)
    {
        for (var i = from; i < from + count; i++)
        {
            var open = h.NextPlaced(OrderKind.PostOnly, i);
            while (!open.IsCompleted)
            {
                if (stopWhen?.Invoke() == true)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(10), h.Time);
            }

            h.Venue.Fill((await open).ClientOrderId, 1.0m);
        }
    }
}
