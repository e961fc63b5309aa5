using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

public class BoostCycleTests
{
    private static readonly MarketRules CentTick = new("TEST-USD-PERP", 0.01m, 0.1m, 0.1m, 0m);

    [Fact] // scenario 20
    public void Filled_open_is_closed_at_once_by_a_reduce_only_market_order_for_the_filled_size()
    {
        var h = new BotHarness(BotHarness.Boost());
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Fill(open.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var open = Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
        Assert.Equal(100.4m, open.Price);
        var close = Assert.Single(h.Venue.PlacedOf(OrderKind.Market));
        Assert.Equal((Side.Sell, 1.0m, true), (close.Side, close.Quantity, close.ReduceOnly));
        Assert.Equal(0m, h.Venue.Position);
        Assert.Equal(1, outcome.Summary.Cycles);
        Assert.Equal(2, h.Journal.Records.Count);
    }

    [Fact] // scenario 20 (fix): a failed close is retried and reported
    public void Failed_market_close_is_retried_until_the_position_is_closed()
    {
        var h = new BotHarness(BotHarness.Boost());
        var attempts = 0;
        h.Venue.MarketFill = r => ++attempts < 3 ? (0m, 0m) : (r.Quantity, 100.0m);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(3, h.Venue.PlacedOf(OrderKind.Market).Count);
        Assert.Equal(0m, h.Venue.Position);
        Assert.True(h.Log.Contains("[CLOSE_MARKET] market order ended Canceled with 0 filled"));
    }

    [Fact] // scenario 20 (fix): never left open silently
    public void Close_that_keeps_failing_halts_the_bot_with_an_error()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 5));
        h.Venue.MarketFill = _ => (0m, 0m);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.True(outcome.NeedsAttention);
        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
        Assert.Contains(h.Log.Errors, l => l.Contains("close_method=market FAILED", StringComparison.Ordinal));
        Assert.Equal(2, outcome.Summary.FailedCloses); // the cycle's close, then the shutdown's second try
        Assert.Equal(1.0m, h.Venue.Position);
    }

    [Fact] // scenario 21
    public void Ioc_that_fills_everything_needs_no_market_order()
    {
        var venue = new ScriptedVenue { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };
        var h = new BotHarness(BotHarness.Boost(useIoc: true), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        var ioc = Assert.Single(venue.PlacedOf(OrderKind.ImmediateOrCancel));
        Assert.Equal((Side.Sell, 99.99m, 1.0m), (ioc.Side, ioc.Price!.Value, ioc.Quantity));
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal((1, 0, 0, 0), (outcome.Summary.IocFull, outcome.Summary.IocPartial, outcome.Summary.IocFailed, outcome.Summary.MarketFallbacks));
        Assert.True(h.Log.Contains("close_method=ioc_success"));
        Assert.Contains(h.Log.Lines, l => l.Contains("estimated_savings: ", StringComparison.Ordinal));
    }

    [Fact] // scenario 22
    public void Partial_ioc_is_completed_at_market_and_averaged_over_the_real_fill_prices()
    {
        var venue = new ScriptedVenue { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };
        venue.IocFill = _ => (0.4m, 99.99m);
        venue.MarketFill = r => (r.Quantity, 99.95m);
        var h = new BotHarness(BotHarness.Boost(useIoc: true), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(0.6m, Assert.Single(venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.True(h.Log.Contains("close_method=ioc_partial filled=1 avg_price=99.966"));
        Assert.Equal((0, 1, 0, 1), (outcome.Summary.IocFull, outcome.Summary.IocPartial, outcome.Summary.IocFailed, outcome.Summary.MarketFallbacks));
    }

    [Fact] // scenario 23 (fix: counted as failed with a fallback)
    public void Ioc_that_fills_nothing_falls_back_to_market_for_everything()
    {
        var venue = new ScriptedVenue { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };
        venue.IocFill = _ => (0m, 0m);
        var h = new BotHarness(BotHarness.Boost(useIoc: true), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(1.0m, Assert.Single(venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.True(h.Log.Contains("close_method=ioc_failed"));
        Assert.Equal((0, 0, 1, 1), (outcome.Summary.IocFull, outcome.Summary.IocPartial, outcome.Summary.IocFailed, outcome.Summary.MarketFallbacks));
    }

    [Fact] // scenario 24
    public void Ioc_partial_with_a_failing_market_order_reports_what_is_still_open()
    {
        var venue = new ScriptedVenue { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };
        venue.IocFill = _ => (0.4m, 99.99m);
        venue.MarketFill = _ => (0m, 0m);
        var h = new BotHarness(BotHarness.Boost(useIoc: true), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Contains(h.Log.Errors, l => l.Contains("close_method=ioc_partial FAILED: closed 0.4 of 1, 0.6 still open", StringComparison.Ordinal));
        Assert.Equal(2, outcome.Summary.IocPartial); // the shutdown closes what is still open, IOC first again
        Assert.Equal(0.2m, h.Venue.Position);
    }

    [Fact] // scenario 17 (boost)
    public void Partial_fill_then_cancel_closes_only_the_filled_part()
    {
        var h = new BotHarness(BotHarness.Boost());
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Fill(open.ClientOrderId, 0.4m);
            h.Venue.Top = new TopOfBook(100.5m, 101.0m); // the touch moves away: chase
        });

        var open = h.Venue.PlacedOf(OrderKind.PostOnly)[0];
        Assert.Contains(open.ClientOrderId, h.Venue.CancelRequests);
        Assert.Equal(0.4m, h.Venue.PlacedOf(OrderKind.Market)[0].Quantity);
        var openRow = h.Journal.Records.First(r => r.ClientOrderId == open.ClientOrderId);
        Assert.Equal((0.4m, "PARTIALLY_FILLED", "OPEN"), (openRow.Quantity, openRow.Status, openRow.TradeRole));
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact] // scenario 18
    public void Fill_that_races_the_cancel_is_closed_once_for_the_full_size()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Venue.OnCancel = id =>
        {
            h.Venue.Fill(id, h.Venue.Order(id).RemainingQuantity); // filled just before the cancel lands
            return VenueResult<bool>.Fail(VenueErrorKind.NotFound, "ORDER_IS_CLOSED");
        };
        h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Top = new TopOfBook(100.5m, 101.0m);
        });

        var close = Assert.Single(h.Venue.PlacedOf(OrderKind.Market));
        Assert.Equal(1.0m, close.Quantity);
        Assert.Equal(0m, h.Venue.Position);
    }

    [Fact] // scenario 16
    public void Cancelled_without_fill_places_no_close_and_counts_nothing()
    {
        var h = new BotHarness(BotHarness.Boost());
        using var stop = new CancellationTokenSource();
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Top = new TopOfBook(100.5m, 101.0m);
            var requote = await h.NextPlaced(OrderKind.PostOnly, 1);
            Assert.Equal(100.9m, requote.Price); // re-quoted at once, no wait
            stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
        }, stop.Token);

        Assert.Empty(h.Venue.PlacedOf(OrderKind.Market));
        Assert.Equal(0, outcome.Summary.Fills);
        Assert.Equal(StopReason.StopRequested, outcome.Reason);
    }

    [Fact] // scenario 19
    public void Silent_stream_is_covered_by_asking_for_the_order_over_rest()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Venue.StreamEvents = false;
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(1.0m, Assert.Single(h.Venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Equal(2, outcome.Summary.Fills); // fills fetched over REST
        Assert.Equal(0m, h.Venue.Position);
    }

    [Fact] // scenario 19 (fix): a failing order query is retried, the fill is still closed
    public void Failing_order_queries_after_a_silent_cancel_are_retried()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Venue.StreamEvents = false;
        var failures = 0;
        h.Venue.OnGetOrder = _ => h.Venue.CancelRequests.Count > 0 && failures++ < 3 ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Unavailable, "503") : (VenueResult<OrderSnapshot>?)null;
        h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Fill(open.ClientOrderId, 0.7m);
            h.Venue.Top = new TopOfBook(100.5m, 101.0m);
        });

        Assert.Equal(0.7m, Assert.Single(h.Venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.True(failures >= 3);
    }

    [Fact] // scenario 27
    public void Fill_event_for_another_order_does_not_complete_the_cycle()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            var stale = new OrderSnapshot("stale-order", "v999", Side.Buy, OrderKind.PostOnly, 1.0m, 100.4m, OrderStatus.Filled, 1.0m, 100.4m);
            h.Venue.Emit(new OrderUpdated(stale));
            await Task.Delay(TimeSpan.FromSeconds(3), h.Time);
            Assert.Empty(h.Venue.PlacedOf(OrderKind.Market));
            h.Venue.Fill(open.ClientOrderId, 1.0m);
        });

        Assert.Single(h.Venue.PlacedOf(OrderKind.Market));
    }

    [Fact] // scenario 6
    public void Post_only_rejected_for_crossing_is_repriced_and_sent_again()
    {
        var h = new BotHarness(BotHarness.Boost());
        var first = true;
        h.Venue.OnPlace = r =>
        {
            if (r.Kind != OrderKind.PostOnly || !first)
            {
                return null;
            }

            first = false;
            h.Venue.Top = new TopOfBook(100.2m, 100.3m);
            return VenueResult<OrderSnapshot>.Fail(VenueErrorKind.PostOnlyWouldCross, "POST_ONLY_WOULD_CROSS");
        };
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m));

        var opens = h.Venue.PlacedOf(OrderKind.PostOnly);
        Assert.Equal([100.4m, 100.2m], opens.Select(o => o.Price!.Value));
        Assert.NotEqual(opens[0].ClientOrderId, opens[1].ClientOrderId);
    }

    [Fact] // scenario 6: an open reported closed with nothing remaining counts as filled
    public void Open_acknowledged_as_already_filled_is_closed()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Venue.OnPlace = r => r.Kind == OrderKind.PostOnly
            ? VenueResult<OrderSnapshot>.Ok(new OrderSnapshot(r.ClientOrderId, "v1", r.Side, r.Kind, r.Quantity, r.Price, OrderStatus.Filled, r.Quantity, r.Price))
            : (VenueResult<OrderSnapshot>?)null;
        h.Venue.Position = 0m;
        h.Venue.OnGetPosition = () => VenueResult<PositionSnapshot>.Ok(PositionSnapshot.Flat);
        var outcome = h.Run();

        Assert.Equal(1.0m, Assert.Single(h.Venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact] // scenario 6: another rejection fails the cycle and is logged
    public void Open_rejected_for_another_reason_fails_the_cycle_without_a_close()
    {
        var h = new BotHarness(BotHarness.Boost());
        using var stop = new CancellationTokenSource();
        h.Venue.OnPlace = _ => VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Rejected, "MARKET_NOT_OPEN");
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly, 1); // retried next cycle, after a pause
            stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
        }, stop.Token);

        Assert.Contains(h.Log.Errors, l => l.Contains("[OPEN] Error placing order: Rejected", StringComparison.Ordinal));
        Assert.Empty(h.Venue.PlacedOf(OrderKind.Market));
        Assert.Equal(StopReason.StopRequested, outcome.Reason);
    }
}

public class BoostPacingTests
{
    [Fact]
    public void Wait_time_is_the_pause_between_boost_cycles()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 2) with { WaitTime = TimeSpan.FromSeconds(10) });
        DateTimeOffset closedAt = default, reopenedAt = default;
        h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.NextPlaced(OrderKind.Market);
            closedAt = h.Time.GetUtcNow();
            var second = await h.NextPlaced(OrderKind.PostOnly, 1);
            reopenedAt = h.Time.GetUtcNow();
            h.Venue.Fill(second.ClientOrderId, 1.0m);
        });

        Assert.InRange(reopenedAt - closedAt, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
    }
}

public class LongRunMemoryTests
{
    [Fact]
    public void Settled_orders_are_forgotten_after_each_cycle_and_late_duplicates_still_count_once()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 5) with { WaitTime = TimeSpan.Zero });
        Fill? first = null;
        var outcome = h.Run(async h =>
        {
            for (var i = 0; i < 5; i++)
            {
                var open = await h.NextPlaced(OrderKind.PostOnly, i);
                h.Venue.Fill(open.ClientOrderId, 1.0m);
                first ??= (await h.Venue.GetFillsAsync(open.ClientOrderId, CancellationToken.None)).Value[0];
            }

            await h.NextPlaced(OrderKind.Market, 4);
            h.Venue.Emit(new FillReported(first!)); // a late duplicate of the first cycle's fill
        });

        Assert.Equal(5, outcome.Summary.Cycles);
        Assert.Equal(10, outcome.Summary.Fills);
        Assert.Equal(10, h.Journal.Records.Count);
    }

    [Fact]
    public void Tracker_keeps_unfinished_orders_and_drops_settled_ones()
    {
        var tracker = new OrderTracker(TimeProvider.System);
        var done = tracker.Track(new OrderRequest("a", Side.Buy, OrderKind.Market, 1m, null), OrderPurpose.Close, 1, 100m);
        var resting = tracker.Track(new OrderRequest("b", Side.Sell, OrderKind.PostOnly, 1m, 101m), OrderPurpose.TakeProfit, 1, 100m);
        tracker.Apply(new Fill("f1", "v1", "a", Side.Buy, 1m, 100m, 0m, LiquidityRole.Taker, DateTimeOffset.UnixEpoch));
        tracker.Apply(new OrderSnapshot("a", "v1", Side.Buy, OrderKind.Market, 1m, null, OrderStatus.Filled, 1m, 100m));
        tracker.Apply(new OrderSnapshot("b", "v2", Side.Sell, OrderKind.PostOnly, 1m, 101m, OrderStatus.Open, 0m, null));

        Assert.Equal(1, tracker.ForgetSettled());
        Assert.Null(tracker.Find("a", "v1"));
        Assert.Same(resting, tracker.Find("b", null));
        Assert.NotNull(done);
    }
}

public class DustTests
{
    [Fact] // design.md §5: dust left by a partial IOC below the minimum size
    public void Ioc_remainder_below_the_minimum_size_is_carried_into_the_next_close()
    {
        var venue = new ScriptedVenue { Rules = new MarketRules("T", 0.01m, 0.01m, 0.1m, 0m), Top = new TopOfBook(99.99m, 100.01m) };
        var iocs = 0;
        venue.IocFill = r => ++iocs == 1 ? (r.Quantity - 0.05m, r.Price!.Value) : (r.Quantity, r.Price!.Value);
        var h = new BotHarness(BotHarness.Boost(useIoc: true, maxCycles: 2) with { WaitTime = TimeSpan.Zero }, venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Empty(venue.PlacedOf(OrderKind.Market)); // no order for 0.05: the venue would refuse it
        Assert.Equal([1.0m, 1.05m], venue.PlacedOf(OrderKind.ImmediateOrCancel).Select(o => o.Quantity));
        Assert.Equal(0m, venue.Position);
        Assert.True(h.Log.Contains("0.05 left below the market minimum 0.1; carried into the next close"));
        Assert.Equal((1, 1, 0), (outcome.Summary.IocPartial, outcome.Summary.IocFull, outcome.Summary.MarketFallbacks));
    }
}
