using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>--strategy two-sided on a scripted venue and fake time.</summary>
public class TwoSidedStrategyTests
{
    private static readonly MarketRules CentTick = new("TEST-USD-PERP", 0.01m, 0.1m, 0.1m, 0m);

    private static ScriptedVenue Venue() => new() { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };

    private static BotSettings TwoSided(int maxCycles = 1) => BotHarness.Normal(maxCycles) with { Strategy = "two-sided", CloseTactic = "maker-first", MaxOrders = 40 };

    private static List<OrderRequest> Quotes(ScriptedVenue venue, Side side) => venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == side).ToList();

    [Fact]
    public void A_bid_and_an_ask_rest_around_the_mid_and_a_buy_and_a_sell_of_the_quantity_make_a_cycle()
    {
        var venue = Venue();
        var h = new BotHarness(TwoSided() with { QuoteSpreadBps = 4m }, venue);
        var outcome = h.Run(async h =>
        {
            var bid = await h.NextPostOnly(Side.Buy);
            var ask = await h.NextPostOnly(Side.Sell);
            h.Venue.Fill(bid.ClientOrderId, 1.0m);
            h.Venue.Fill(ask.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        // 2 bps and half a tick either side of the mid 100.00, rounded away from it
        Assert.Equal((99.97m, 100.03m), (Quotes(venue, Side.Buy)[0].Price!.Value, Quotes(venue, Side.Sell)[0].Price!.Value));
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal(1, outcome.Summary.Cycles);
        Assert.Equal(0m, venue.Position);
        Assert.All(h.Journal.Records, r => Assert.Equal(LiquidityRole.Maker, r.Role));
    }

    [Fact]
    public void The_side_that_would_grow_the_position_past_max_position_is_not_quoted()
    {
        var venue = Venue();
        var h = new BotHarness(TwoSided(), venue);
        var outcome = h.Run(async h =>
        {
            var bid = await h.NextPostOnly(Side.Buy);
            await h.NextPostOnly(Side.Sell);
            h.Venue.Fill(bid.ClientOrderId, 1.0m);
            h.Venue.Top = new TopOfBook(100.05m, 100.07m); // 5 bps up: re-quote
            var ask = await h.NextPostOnly(Side.Sell, 1);
            await Task.Delay(TimeSpan.FromSeconds(2), h.Time);
            Assert.Single(Quotes(h.Venue, Side.Buy)); // long 1.0 = --max-position: no second bid
            h.Venue.Fill(ask.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(100.07m, Quotes(venue, Side.Sell)[1].Price);
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Both_quotes_are_cancelled_and_placed_again_when_the_mid_moves_the_requote_distance()
    {
        var venue = Venue();
        var h = new BotHarness(TwoSided() with { RequoteBps = 3m }, venue);
        var outcome = h.Run(async h =>
        {
            await h.NextPostOnly(Side.Sell);
            h.Venue.Top = new TopOfBook(100.01m, 100.03m); // 2 bps: not yet
            await Task.Delay(TimeSpan.FromSeconds(2), h.Time);
            Assert.Single(Quotes(h.Venue, Side.Sell));
            h.Venue.Top = new TopOfBook(100.03m, 100.05m); // 4 bps
            var bid = await h.NextPostOnly(Side.Buy, 1);
            var ask = await h.NextPostOnly(Side.Sell, 1);
            h.Venue.Fill(bid.ClientOrderId, 1.0m);
            h.Venue.Fill(ask.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal([99.99m, 100.03m], Quotes(venue, Side.Buy).Select(q => q.Price!.Value).ToArray());
        Assert.Equal([100.01m, 100.05m], Quotes(venue, Side.Sell).Select(q => q.Price!.Value).ToArray());
        Assert.Contains(Quotes(venue, Side.Buy)[0].ClientOrderId, venue.CancelRequests);
        Assert.Contains(Quotes(venue, Side.Sell)[0].ClientOrderId, venue.CancelRequests);
    }

    [Fact]
    public void A_position_held_at_the_bound_past_max_inventory_time_is_closed_maker_first()
    {
        var venue = Venue();
        var h = new BotHarness(TwoSided() with { MaxInventoryTime = TimeSpan.FromSeconds(20) }, venue);
        DateTimeOffset filled = default, closing = default;
        var outcome = h.Run(async h =>
        {
            var bid = await h.NextPostOnly(Side.Buy);
            await h.NextPostOnly(Side.Sell);
            h.Venue.Fill(bid.ClientOrderId, 1.0m);
            filled = h.Time.GetUtcNow();
            while (!h.Log.Contains("held at --max-position"))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), h.Time);
            }

            closing = h.Time.GetUtcNow();
            OrderRequest? close;
            while ((close = h.Venue.PlacedOf(OrderKind.PostOnly).FirstOrDefault(o => o.Side == Side.Sell && o.ReduceOnly)) is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), h.Time);
            }

            h.Venue.Fill(close.ClientOrderId, 1.0m); // the maker-first close, reduce-only unlike a quote
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.InRange(closing - filled, TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(22));
        Assert.Equal("maker", h.Journal.Records[^1].CloseMethod);
        Assert.Equal(0m, venue.Position);
    }
}
