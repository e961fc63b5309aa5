using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>--close layered-ioc and maker-first on a scripted venue and fake time.</summary>
public class CloseTacticTests
{
    private static readonly MarketRules CentTick = new("TEST-USD-PERP", 0.01m, 0.1m, 0.1m, 0m);

    private static ScriptedVenue Venue() => new() { Rules = CentTick, Top = new TopOfBook(99.99m, 100.01m) };

    private static BotSettings Boost(string close) => BotHarness.Boost() with { CloseTactic = close };

    private static string[] CloseMethods(BotHarness h) => h.Journal.Records.Where(r => r.TradeRole == "CLOSE").Select(r => r.CloseMethod ?? "").ToArray();

    [Fact]
    public void Layered_ioc_sends_each_layer_for_its_share_of_what_is_left_then_market_for_the_rest()
    {
        var venue = Venue();
        var h = new BotHarness(Boost("layered-ioc"), venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var layers = venue.PlacedOf(OrderKind.ImmediateOrCancel);
        // 50 % of 1.0 at 1 bps through the mid 100.00, then 70 % of the 0.5 left (0.35, down to the 0.1 lot) at 5 bps
        Assert.Equal([(0.5m, 99.99m), (0.3m, 99.95m)], layers.Select(l => (l.Quantity, l.Price!.Value)).ToArray());
        Assert.All(layers, l => Assert.True(l.ReduceOnly));
        Assert.Equal(0.2m, Assert.Single(venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Equal(["ioc_layer1", "ioc_layer2", "ioc_fallback"], CloseMethods(h));
        Assert.Equal(0m, venue.Position);
        Assert.True(h.Log.Contains("[CLOSE_IOC] Layer 1 (50%@1): IOC 0.5 @ 99.99 (mid 100) filled 0.5 @ 99.99, estimated_savings: 0; remaining 0.5"));
        Assert.True(h.Log.Contains("[CLOSE_IOC] Layer 2 (70%@5): IOC 0.3 @ 99.95 (mid 100) filled 0.3 @ 99.95, estimated_savings: -0.012"));
        Assert.True(h.Log.Contains("close_method=ioc_layered_partial filled=1"));
        Assert.True(h.Log.Contains("Close: layered-ioc (layers 50%@1,70%@5, then market)"));
    }

    [Fact]
    public void Layered_ioc_layer_that_fills_part_leaves_the_rest_to_the_next_layer()
    {
        var venue = Venue();
        venue.IocFill = r => r.Price == 99.99m ? (0.2m, 99.99m) : (r.Quantity, r.Price!.Value);
        var layers = IocLayer.Parse("50%@1,100%@5").Layers!;
        var h = new BotHarness(Boost("layered-ioc") with { IocLayers = layers }, venue);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal([0.5m, 0.8m], venue.PlacedOf(OrderKind.ImmediateOrCancel).Select(l => l.Quantity).ToArray());
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal(["ioc_layer1", "ioc_layer2"], CloseMethods(h));
        Assert.True(h.Log.Contains("close_method=ioc_layered filled=1"));
        Assert.Equal(0m, venue.Position);
    }

    [Theory]
    [InlineData("50%@1,70%@5", 2)]
    [InlineData("100%@0", 1)]
    public void Ioc_layers_parse(string text, int count) => Assert.Equal(count, IocLayer.Parse(text).Layers!.Count);

    [Theory]
    [InlineData("50@1")]
    [InlineData("50%")]
    [InlineData("0%@1")]
    [InlineData("120%@1")]
    [InlineData("50%@-1")]
    [InlineData("50%@x")]
    public void Bad_ioc_layers_are_refused_with_one_line(string text)
    {
        var (layers, error) = IocLayer.Parse(text);
        Assert.Null(layers);
        Assert.StartsWith("--ioc-layers", error);
    }

    [Fact]
    public void Maker_first_rests_a_reduce_only_post_only_close_at_the_best_ask_and_needs_no_taker_when_it_fills()
    {
        var venue = Venue();
        var h = new BotHarness(Boost("maker-first"), venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            var close = await h.NextPostOnly(Side.Sell);
            h.Venue.Fill(close.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var close = Assert.Single(venue.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell);
        Assert.Equal((100.01m, 1.0m, true), (close.Price!.Value, close.Quantity, close.ReduceOnly));
        Assert.Empty(venue.PlacedOf(OrderKind.ImmediateOrCancel));
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal(["maker"], CloseMethods(h));
        Assert.True(h.Log.Contains("close_method=maker filled=1 avg_price=100.01"));
        Assert.True(h.Log.Contains("Close: maker-first (maker at the touch for up to 10 s or 5 bps against, then IOC, then market)"));
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Maker_first_that_does_not_fill_within_the_timeout_closes_by_ioc_then_market()
    {
        var venue = Venue();
        venue.IocFill = _ => (0.3m, 99.99m);
        var h = new BotHarness(Boost("maker-first") with { MakerCloseTimeout = TimeSpan.FromSeconds(8) }, venue);
        DateTimeOffset placed = default, fallback = default;
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            await h.NextPostOnly(Side.Sell);
            placed = h.Time.GetUtcNow();
            await h.NextPlaced(OrderKind.ImmediateOrCancel);
            fallback = h.Time.GetUtcNow();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.InRange(fallback - placed, TimeSpan.FromSeconds(7.9), TimeSpan.FromSeconds(9));
        var maker = Assert.Single(venue.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell);
        Assert.Contains(maker.ClientOrderId, venue.CancelRequests);
        Assert.Equal(1.0m, Assert.Single(venue.PlacedOf(OrderKind.ImmediateOrCancel)).Quantity);
        Assert.Equal(0.7m, Assert.Single(venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Equal(["maker_fallback", "maker_fallback"], CloseMethods(h));
        Assert.True(h.Log.Contains("close_method=maker_fallback filled=1"));
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Maker_first_gives_way_to_ioc_when_the_mid_moves_against_the_position_and_keeps_its_partial_fill()
    {
        var venue = Venue();
        var h = new BotHarness(Boost("maker-first"), venue);
        DateTimeOffset placed = default, fallback = default;
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            var close = await h.NextPostOnly(Side.Sell);
            placed = h.Time.GetUtcNow();
            h.Venue.Fill(close.ClientOrderId, 0.4m);
            h.Venue.Top = new TopOfBook(99.90m, 99.92m); // 9 bps down: against a long
            await h.NextPlaced(OrderKind.ImmediateOrCancel);
            fallback = h.Time.GetUtcNow();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.True(fallback - placed < TimeSpan.FromSeconds(10), $"fell back after {fallback - placed}");
        Assert.Single(venue.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell);
        var ioc = Assert.Single(venue.PlacedOf(OrderKind.ImmediateOrCancel));
        Assert.Equal((0.6m, 99.91m), (ioc.Quantity, ioc.Price!.Value)); // the tolerance (1 bps) through the new mid 99.91, rounded toward it
        Assert.Empty(venue.PlacedOf(OrderKind.Market));
        Assert.Equal(["maker", "maker_fallback"], CloseMethods(h));
        Assert.True(h.Log.Contains("against the position: closing 0.6 by IOC"));
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Maker_first_re_prices_at_the_new_touch_for_what_is_left_when_the_touch_moves()
    {
        var venue = Venue();
        var h = new BotHarness(Boost("maker-first"), venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            var first = await h.NextPostOnly(Side.Sell);
            h.Venue.Fill(first.ClientOrderId, 0.4m);
            h.Venue.Top = new TopOfBook(100.00m, 100.03m); // the ask moved away: in favour, not against
            var second = await h.NextPostOnly(Side.Sell, 1);
            h.Venue.Fill(second.ClientOrderId, 0.6m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var closes = venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == Side.Sell).ToList();
        Assert.Equal([(100.01m, 1.0m), (100.03m, 0.6m)], closes.Select(c => (c.Price!.Value, c.Quantity)).ToArray());
        Assert.Contains(closes[0].ClientOrderId, venue.CancelRequests);
        Assert.Empty(venue.PlacedOf(OrderKind.ImmediateOrCancel));
        Assert.Equal(["maker", "maker"], CloseMethods(h));
        Assert.True(h.Log.Contains("close_method=maker filled=1 avg_price=100.022"));
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Maker_first_re_prices_a_close_the_venue_refuses_for_crossing()
    {
        var venue = Venue();
        var refused = 0;
        venue.OnPlace = r =>
        {
            if (r.Kind != OrderKind.PostOnly || r.Side != Side.Sell || refused++ > 0)
            {
                return null;
            }

            venue.Top = new TopOfBook(100.01m, 100.02m); // the bid lifted to the resting price: it would cross
            return VenueResult<OrderSnapshot>.Fail(VenueErrorKind.PostOnlyWouldCross, "POST_ONLY_WOULD_CROSS");
        };
        var h = new BotHarness(Boost("maker-first"), venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            var second = await h.NextPostOnly(Side.Sell, 1);
            h.Venue.Fill(second.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var closes = venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == Side.Sell).Select(o => o.Price!.Value).ToArray();
        Assert.Equal([100.01m, 100.02m], closes);
        Assert.True(h.Log.Contains("[CLOSE] Post-only would cross at 100.01; re-pricing"));
        Assert.Equal(["maker"], CloseMethods(h));
        Assert.Equal(0m, venue.Position);
    }

    [Fact]
    public void Maker_first_closing_a_short_rests_at_the_best_bid()
    {
        var venue = Venue();
        var h = new BotHarness(Boost("maker-first") with { Direction = Side.Sell }, venue);
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            h.Venue.Fill((await h.NextPostOnly(Side.Buy)).ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(99.99m, Assert.Single(venue.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Buy).Price);
        Assert.Equal(0m, venue.Position);
    }

    [Theory]
    [InlineData(Side.Sell, 100, 99.95, 5)]
    [InlineData(Side.Sell, 100, 100.05, -5)]
    [InlineData(Side.Buy, 100, 100.05, 5)]
    public void Adverse_move_is_measured_against_the_position(Side closeSide, decimal start, decimal mid, decimal bps) =>
        Assert.Equal(bps, MakerFirstClose.AdverseBps(closeSide, start, mid));
}
