using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

public class NormalModeTests
{
    [Fact] // scenario 7 through the loop
    public void Filled_open_gets_a_post_only_take_profit_at_tp_percent()
    {
        var venue = new ScriptedVenue { Rules = new MarketRules("T", 0.01m, 0.1m, 0.1m, 0m), Top = new TopOfBook(100.39m, 100.41m) };
        var h = new BotHarness(BotHarness.Normal(), venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        var orders = venue.PlacedOf(OrderKind.PostOnly);
        Assert.Equal(2, orders.Count);
        Assert.Equal((Side.Buy, 100.40m), (orders[0].Side, orders[0].Price!.Value));
        Assert.Equal((Side.Sell, 100.42m, 1.0m), (orders[1].Side, orders[1].Price!.Value, orders[1].Quantity));
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact] // scenario 8 through the loop
    public void Sell_direction_closes_with_a_buy_below_the_open()
    {
        var venue = new ScriptedVenue { Top = new TopOfBook(199.9m, 200.1m) };
        var settings = BotHarness.Normal(direction: Side.Sell) with { TakeProfitPercent = 0.5m };
        var h = new BotHarness(settings, venue);
        h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        var orders = venue.PlacedOf(OrderKind.PostOnly);
        Assert.Equal((Side.Sell, 200.0m), (orders[0].Side, orders[0].Price!.Value));
        Assert.Equal((Side.Buy, 199.0m), (orders[1].Side, orders[1].Price!.Value));
    }

    [Fact] // scenario 13
    public void Stop_price_stops_without_orders_and_leaves_take_profits_alone()
    {
        var venue = new ScriptedVenue { Top = new TopOfBook(2999m, 3000m) };
        venue.ExtraOpenOrders.Add(new OrderSnapshot("tp-1", "v-tp", Side.Sell, OrderKind.PostOnly, 1.0m, 3100m, OrderStatus.Open, 0m, null));
        venue.Position = 1.0m;
        var h = new BotHarness(BotHarness.Normal() with { StopPrice = 3000m, MaxCycles = null }, venue);
        var outcome = h.Run();

        Assert.Equal(StopReason.StopPrice, outcome.Reason);
        Assert.False(outcome.NeedsAttention);
        Assert.Empty(venue.Placed);
        Assert.Empty(venue.CancelRequests);
        Assert.True(h.Log.Contains("Stopped trading due to stop price triggered"));
    }

    [Fact] // scenario 14
    public void Pause_price_holds_opens_until_the_price_leaves_the_zone()
    {
        var venue = new ScriptedVenue { Top = new TopOfBook(3000m, 3001m) };
        var h = new BotHarness(BotHarness.Normal() with { PausePrice = 3000m }, venue);
        h.Run(async h =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), h.Time);
            Assert.Empty(h.Venue.Placed);
            h.Venue.Top = new TopOfBook(2998m, 2999m);
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Equal(2998.9m, venue.PlacedOf(OrderKind.PostOnly)[0].Price);
        Assert.True(h.Log.Contains("Paused"));
        Assert.True(h.Log.Contains("Resuming"));
    }

    [Fact] // scenario 15
    public void Open_is_chased_when_the_touch_moves_away_and_requoted_without_cooldown()
    {
        var h = new BotHarness(BotHarness.Normal());
        h.Run(async h =>
        {
            var first = await h.NextPlaced(OrderKind.PostOnly);
            Assert.Equal(100.4m, first.Price);
            h.Venue.Top = new TopOfBook(100.2m, 100.7m);
            var second = await h.NextPlaced(OrderKind.PostOnly, 1);
            Assert.Equal(100.6m, second.Price);
            Assert.Equal(OrderStatus.Canceled, h.Venue.Order(first.ClientOrderId).Status);
            h.Venue.Fill(second.ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Equal(3, h.Venue.PlacedOf(OrderKind.PostOnly).Count); // two opens and the take-profit
        Assert.True(h.Log.Contains("Cancelling order and placing a new order"));
    }

    [Fact] // scenario 17 (normal)
    public void Partial_fill_then_cancel_gets_a_take_profit_for_the_filled_part()
    {
        var h = new BotHarness(BotHarness.Normal());
        h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Fill(open.ClientOrderId, 0.4m);
            h.Venue.Top = new TopOfBook(100.5m, 101.0m);
            await h.FillTakeProfit();
        });

        var takeProfit = h.Venue.PlacedOf(OrderKind.PostOnly).Single(o => o.Side == Side.Sell);
        Assert.Equal(0.4m, takeProfit.Quantity);
        Assert.True(takeProfit.Price > 100.5m); // never crossing the bid
    }

    [Fact] // scenario 28
    public void Position_mismatch_stops_trading_and_needs_attention()
    {
        var venue = new ScriptedVenue { Position = 3m };
        venue.ExtraOpenOrders.Add(new OrderSnapshot("tp-1", "v-tp", Side.Sell, OrderKind.PostOnly, 0.5m, 101m, OrderStatus.Open, 0m, null));
        var h = new BotHarness(BotHarness.Normal(), venue);
        var outcome = h.Run();

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.NeedsAttention);
        Assert.Empty(venue.Placed);
        Assert.Contains(h.Log.Errors, l => l.Contains("Position mismatch detected", StringComparison.Ordinal));
        Assert.Contains(h.Log.Lines, l => l.Contains("Current Position: 3 | Active closing amount: 0.5 | Order quantity: 1", StringComparison.Ordinal));
    }

    [Fact] // scenario 28: within two sizes nothing happens
    public void Small_difference_between_position_and_take_profits_is_tolerated()
    {
        var venue = new ScriptedVenue { Position = 2.4m };
        venue.ExtraOpenOrders.Add(new OrderSnapshot("tp-1", "v-tp", Side.Sell, OrderKind.PostOnly, 0.5m, 101m, OrderStatus.Open, 0m, null));
        var h = new BotHarness(BotHarness.Normal() with { WaitTime = TimeSpan.FromSeconds(4) }, venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact] // scenario 11 through the loop
    public void Take_profits_resting_at_start_up_delay_the_first_open_by_their_tier()
    {
        var venue = new ScriptedVenue { Position = 3m };
        for (var i = 0; i < 3; i++)
        {
            venue.ExtraOpenOrders.Add(new OrderSnapshot($"tp-{i}", $"v-tp{i}", Side.Sell, OrderKind.PostOnly, 1.0m, 101m + i, OrderStatus.Open, 0m, null));
        }

        var h = new BotHarness(BotHarness.Normal(), venue); // M 12, W 400: 3 orders -> 200 s
        var started = h.Time.GetUtcNow();
        DateTimeOffset openedAt = default;
        h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            openedAt = h.Time.GetUtcNow();
            h.Venue.Fill(open.ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.InRange(openedAt - started, TimeSpan.FromSeconds(200), TimeSpan.FromSeconds(203));
    }
}

public class MomentaryReadTests
{
    [Fact] // design.md §5: bots killed by a momentary zero-position read
    public void A_single_zero_position_read_does_not_stop_the_bot()
    {
        var venue = new ScriptedVenue { Position = 3m };
        for (var i = 0; i < 3; i++)
        {
            venue.ExtraOpenOrders.Add(new OrderSnapshot($"tp-{i}", $"v-tp{i}", Side.Sell, OrderKind.PostOnly, 1.0m, 101m + i, OrderStatus.Open, 0m, null));
        }

        var reads = 0;
        venue.OnGetPosition = () => ++reads == 2 ? VenueResult<PositionSnapshot>.Ok(PositionSnapshot.Flat) : (VenueResult<PositionSnapshot>?)null; // the status read glitches
        var h = new BotHarness(BotHarness.Normal() with { WaitTime = TimeSpan.FromSeconds(4) }, venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.True(h.Log.Contains("a second read agrees, trading goes on"));
    }
}

public class LateTakeProfitRejectionTests
{
    [Fact]
    public void Take_profit_rejected_after_acceptance_is_placed_again()
    {
        var venue = new ScriptedVenue();
        var takeProfits = 0;
        venue.OnPlace = r =>
        {
            if (r.Side != Side.Sell || ++takeProfits > 1)
            {
                return null;
            }

            // the first take-profit is acknowledged as pending and rejected for crossing right after
            var pending = new OrderSnapshot(r.ClientOrderId, "v-late", r.Side, r.Kind, r.Quantity, r.Price, OrderStatus.Pending, 0m, null);
            return VenueResult<OrderSnapshot>.Ok(pending);
        };
        var h = new BotHarness(BotHarness.Normal(), venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            var first = await h.NextPlaced(OrderKind.PostOnly, 1);
            await Task.Delay(TimeSpan.FromMilliseconds(100), h.Time);
            h.Venue.Update(first.ClientOrderId, s => s with { Status = OrderStatus.Rejected, CancelReason = "POST_ONLY_WOULD_CROSS" });
            await h.FillTakeProfit(1);
        });

        var sells = venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == Side.Sell).ToList();
        Assert.Equal(2, sells.Count);
        Assert.Equal(OrderStatus.Filled, venue.Order(sells[1].ClientOrderId).Status); // it rested, then filled
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }
}
