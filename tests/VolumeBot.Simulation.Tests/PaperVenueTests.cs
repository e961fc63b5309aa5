using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Simulation.Tests;

public class PaperVenueTests
{
    [Fact]
    public async Task Grvt_paper_venue_uses_the_grvt_symbol_and_pays_the_maker_rebate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var venue = PaperVenue.Create("grvt", "ETH", 1, FeeSchedule.Grvt, time, TimeSpan.Zero);
        var rules = (await venue.ConnectAsync(CancellationToken.None)).Value;
        Assert.Equal("ETH_USDT_Perp", rules.Symbol);
        var top = (await venue.GetTopOfBookAsync(CancellationToken.None)).Value;
        var placed = await venue.PlaceOrderAsync(new OrderRequest("c1", Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        Assert.Equal(OrderStatus.Filled, placed.Value.Status);
        Assert.True(venue.Events.TryRead(out var first));
        var fill = Assert.IsType<FillReported>(first).Fill;
        Assert.Equal((top.BestAsk, LiquidityRole.Taker), (fill.Price, fill.Role));
        Assert.Equal(0.1m, (await venue.GetPositionAsync(CancellationToken.None)).Value.SignedSize);
        Assert.True(FeeSchedule.Grvt.MakerRate < 0);
    }

    [Fact]
    public async Task Unknown_orders_are_reported_as_not_found()
    {
        var time = new FakeTimeProvider();
        await using var venue = PaperVenue.Create("paradex", "BTC", 1, FeeSchedule.Paradex, time, TimeSpan.Zero);
        var lookup = await venue.GetOrderAsync("nope", CancellationToken.None);
        Assert.Equal(VenueErrorKind.NotFound, lookup.Error!.Kind);
        var cancel = await venue.CancelOrderAsync("nope", CancellationToken.None);
        Assert.Equal(VenueErrorKind.NotFound, cancel.Error!.Kind);
    }

    [Fact]
    public async Task Paper_fill_history_since_a_time_and_the_paper_accounts_free_collateral()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var venue = PaperVenue.Create("paradex", "BTC", 1, FeeSchedule.Paradex, time, TimeSpan.Zero);
        await venue.ConnectAsync(CancellationToken.None);
        await venue.PlaceOrderAsync(new OrderRequest("c1", Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await venue.PlaceOrderAsync(new OrderRequest("c2", Side.Sell, OrderKind.Market, 0.01m, null), CancellationToken.None);

        var all = await venue.GetFillsSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        var recent = await venue.GetFillsSinceAsync(time.GetUtcNow(), CancellationToken.None);
        var capacity = await venue.GetAccountCapacityAsync(CancellationToken.None);

        Assert.Equal(["c1", "c2"], all.Value.Select(f => f.ClientOrderId).Distinct());
        Assert.Equal(["c2"], recent.Value.Select(f => f.ClientOrderId).Distinct());
        Assert.Equal(100_000m, capacity.Value.FreeCollateral);
    }
}
