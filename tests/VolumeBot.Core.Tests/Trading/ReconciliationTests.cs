using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

public class ReconciliationTests
{
    [Fact]
    public void Boost_closes_a_position_left_by_an_earlier_run_before_the_first_cycle()
    {
        var venue = new ScriptedVenue { Position = -0.5m };
        var h = new BotHarness(BotHarness.Boost(), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        var first = venue.Placed[0];
        Assert.Equal((OrderKind.Market, Side.Buy, 0.5m, true), (first.Kind, first.Side, first.Quantity, first.ReduceOnly));
        Assert.Equal(1, outcome.Summary.ReconcileCloses);
        Assert.Equal(0m, venue.Position);
        Assert.True(h.Log.Contains("[RECONCILE] Closing a position left by an earlier run: -0.5"));
    }

    [Fact]
    public void Boost_cancels_its_own_open_orders_left_by_an_earlier_run()
    {
        var venue = new ScriptedVenue();
        var leftover = new OrderSnapshot(venue.EarlierRunId(), "v-old", Side.Buy, OrderKind.PostOnly, 1.0m, 99m, OrderStatus.Open, 0m, null);
        var manual = new OrderSnapshot("my-manual-order", "v-manual", Side.Buy, OrderKind.Limit, 1.0m, 90m, OrderStatus.Open, 0m, null);
        venue.ExtraOpenOrders.AddRange([leftover, manual]);
        var h = new BotHarness(BotHarness.Boost(), venue);
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Contains(leftover.ClientOrderId, venue.CancelRequests);
        Assert.DoesNotContain(manual.ClientOrderId, venue.CancelRequests);
    }

    [Fact]
    public void Manual_orders_with_random_ui_range_and_api_range_ids_survive_the_start_up_reconcile()
    {
        var venue = new ScriptedVenue();
        var random = new Random(2026);
        // GRVT's web interface draws from [0, 2^63 - 1]; this one falls where the old "73" digit pattern took it for the bot's
        var uiRange = (ulong)random.NextInt64(7_300_000_000_000_000_000, 7_400_000_000_000_000_000);
        var apiRange = (1UL << 63) | (ulong)random.NextInt64(0, long.MaxValue); // another API client: [2^63, 2^64 - 1]
        var manual = new[] { uiRange, apiRange }
            .Select((id, i) => new OrderSnapshot(id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"v-manual-{i}", Side.Buy, OrderKind.Limit, 1.0m, 90m, OrderStatus.Open, 0m, null))
            .ToList();
        var leftover = new OrderSnapshot(venue.EarlierRunId(), "v-old", Side.Buy, OrderKind.PostOnly, 1.0m, 99m, OrderStatus.Open, 0m, null);
        venue.ExtraOpenOrders.AddRange([.. manual, leftover]);
        var h = new BotHarness(BotHarness.Boost(), venue);
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal([leftover.ClientOrderId], venue.CancelRequests.Where(id => !venue.Placed.Any(p => p.ClientOrderId == id)));
        Assert.True(h.Log.Contains("(1 placed by an earlier run of the bot, 2 not the bot's and left alone)"));
    }

    [Fact]
    public void Orders_of_another_account_key_are_not_the_bots()
    {
        var venue = new ScriptedVenue();
        var otherAccount = new ClientOrderIds([.. Enumerable.Repeat((byte)7, 32)], new Random(99)).Next();
        venue.ExtraOpenOrders.Add(new OrderSnapshot(otherAccount, "v-other", Side.Buy, OrderKind.PostOnly, 1.0m, 99m, OrderStatus.Open, 0m, null));
        var h = new BotHarness(BotHarness.Boost(), venue);
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.DoesNotContain(otherAccount, venue.CancelRequests);
    }

    [Fact]
    public void Normal_mode_leaves_existing_positions_and_take_profits_alone()
    {
        var venue = new ScriptedVenue { Position = 1.0m };
        venue.ExtraOpenOrders.Add(new OrderSnapshot("tp", "v-tp", Side.Sell, OrderKind.PostOnly, 1.0m, 101m, OrderStatus.Open, 0m, null));
        var h = new BotHarness(BotHarness.Normal() with { WaitTime = TimeSpan.FromSeconds(1) }, venue);
        h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Empty(venue.CancelRequests);
    }

    [Fact]
    public void Stop_request_cancels_the_resting_open_order_and_closes_its_filled_part()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 10));
        using var stop = new CancellationTokenSource();
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Fill(open.ClientOrderId, 0.3m);
            stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
        }, stop.Token);

        var open = h.Venue.PlacedOf(OrderKind.PostOnly)[0];
        Assert.Equal(OrderStatus.Canceled, h.Venue.Order(open.ClientOrderId).Status);
        Assert.Equal(0.3m, Assert.Single(h.Venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
        Assert.Equal(StopReason.StopRequested, outcome.Reason);
        Assert.False(outcome.NeedsAttention);
        Assert.Equal(0m, h.Venue.Position);
    }

    [Fact]
    public void Submission_with_unknown_outcome_is_looked_up_not_sent_again()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Venue.LoseAnswer = r => r.Kind == OrderKind.PostOnly && h.Venue.PlacedOf(OrderKind.PostOnly).Count == 1;
        h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            await Task.Delay(TimeSpan.FromSeconds(2), h.Time);
            h.Venue.Fill(open.ClientOrderId, 1.0m);
        });

        Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
        Assert.True(h.Log.Contains("Found the order on the venue; not sending it again"));
        Assert.Single(h.Venue.PlacedOf(OrderKind.Market));
    }

    [Fact]
    public void Target_volume_stops_the_run_once_reached()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100) with { TargetVolume = 300m });
        var outcome = h.Run(async h =>
        {
            for (var i = 0; i < 2; i++)
            {
                h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, i)).ClientOrderId, 1.0m);
            }
        });

        Assert.Equal(StopReason.TargetVolume, outcome.Reason);
        Assert.Equal(2, outcome.Summary.Cycles); // 2 cycles of ~200 USDT pass 300
    }

    [Fact]
    public void Max_loss_stops_the_run_when_the_cost_reaches_it()
    {
        var venue = new ScriptedVenue();
        venue.MarketFill = r => (r.Quantity, 99.0m); // a poor close: about 1.25 USDT of slippage a cycle
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100) with { MaxLoss = 2m }, venue);
        var outcome = h.Run(async h =>
        {
            for (var i = 0; i < 2; i++)
            {
                h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, i)).ClientOrderId, 1.0m);
            }
        });

        Assert.Equal(StopReason.MaxLoss, outcome.Reason);
        Assert.Equal(2, outcome.Summary.Cycles);
        Assert.True(outcome.Summary.TotalCost >= 2m);
    }
}

public class LateRejectionTests
{
    [Fact]
    public void Post_only_rejected_after_acceptance_is_repriced_within_the_same_cycle()
    {
        var h = new BotHarness(BotHarness.Boost());
        var outcome = h.Run(async h =>
        {
            var first = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Update(first.ClientOrderId, s => s with { Status = OrderStatus.Rejected, CancelReason = "POST_ONLY_WOULD_CROSS" });
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m);
        });

        Assert.Equal(2, h.Venue.PlacedOf(OrderKind.PostOnly).Count);
        Assert.Equal((1, 1), (outcome.Summary.Cycles, outcome.Summary.OpenOrders));
        Assert.True(h.Log.Contains("post-only rejected: POST_ONLY_WOULD_CROSS; re-pricing"));
    }

    [Fact]
    public void Boost_cancels_take_profits_a_normal_mode_run_left_behind()
    {
        var venue = new ScriptedVenue();
        var takeProfit = new OrderSnapshot(venue.EarlierRunId(), "v-tp", Side.Sell, OrderKind.PostOnly, 1.0m, 120m, OrderStatus.Open, 0m, null);
        venue.ExtraOpenOrders.Add(takeProfit);
        var h = new BotHarness(BotHarness.Boost(), venue);
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Contains(takeProfit.ClientOrderId, venue.CancelRequests);
    }
}
