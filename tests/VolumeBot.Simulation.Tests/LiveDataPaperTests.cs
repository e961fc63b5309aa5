using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Simulation.Tests;

public class LiveDataPaperTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ScriptedFeed _feed = new();

    private static OrderBook Book(decimal bid, decimal ask) =>
        new([new BookLevel(bid, 0.2m), new BookLevel(bid - 1, 1m)], [new BookLevel(ask, 0.3m), new BookLevel(ask + 1, 1m)]);

    private async Task<PaperExchangeClient> ConnectedAsync()
    {
        _feed.Book = Book(100m, 101m);
        _feed.Trades = [new PublicTrade("old", Side.Sell, 100m, 5m, _time.GetUtcNow())];
        var client = PaperVenue.CreateOnLiveData("paradex", _feed, FeeSchedule.Paradex, _time, TimeSpan.FromMilliseconds(500));
        var rules = await client.ConnectAsync(CancellationToken.None);
        Assert.Equal("BTC-USD-PERP", rules.Value.Symbol);
        return client;
    }

    private void Poll() => _time.Advance(TimeSpan.FromMilliseconds(500));

    [Fact]
    public async Task Book_and_rules_come_from_the_venue()
    {
        await using var client = await ConnectedAsync();
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        Assert.Equal((100m, 101m), (top.BestBid, top.BestAsk));
    }

    [Fact]
    public async Task Resting_order_fills_from_public_trades_after_the_queue_ahead_of_it()
    {
        await using var client = await ConnectedAsync();
        var placed = await client.PlaceOrderAsync(new OrderRequest("c1", Side.Buy, OrderKind.PostOnly, 0.5m, 100m), CancellationToken.None);
        Assert.Equal(OrderStatus.Open, placed.Value.Status);
        Poll(); // the trade from before start does not count
        Assert.Equal(0m, (await client.GetOrderAsync("c1", CancellationToken.None)).Value.FilledQuantity);

        _feed.Trades = [.. _feed.Trades, new PublicTrade("t1", Side.Sell, 100m, 0.5m, _time.GetUtcNow())];
        Poll();
        var order = (await client.GetOrderAsync("c1", CancellationToken.None)).Value;
        Assert.Equal((OrderStatus.PartiallyFilled, 0.3m), (order.Status, order.FilledQuantity)); // 0.2 was queued ahead
        var fill = Assert.Single((await client.GetFillsAsync("c1", CancellationToken.None)).Value);
        Assert.Equal((LiquidityRole.Maker, 100m), (fill.Role, fill.Price));
    }

    [Fact]
    public async Task Trade_printed_through_a_resting_order_fills_it_even_off_the_polled_touch()
    {
        await using var client = await ConnectedAsync();
        _feed.Book = Book(100.5m, 101m); // our bid at 100 is now behind the touch...
        Poll();
        await client.PlaceOrderAsync(new OrderRequest("c1", Side.Buy, OrderKind.PostOnly, 0.5m, 100m), CancellationToken.None);
        _feed.Trades = [.. _feed.Trades, new PublicTrade("t1", Side.Sell, 99.9m, 1m, _time.GetUtcNow())]; // ...but a seller printed below it
        Poll();
        Assert.Equal(OrderStatus.Filled, (await client.GetOrderAsync("c1", CancellationToken.None)).Value.Status);
    }

    [Fact]
    public async Task Book_moving_through_a_resting_order_fills_it()
    {
        await using var client = await ConnectedAsync();
        await client.PlaceOrderAsync(new OrderRequest("c1", Side.Sell, OrderKind.PostOnly, 0.5m, 101m), CancellationToken.None);
        _feed.Book = Book(101.5m, 102m);
        Poll();
        Assert.Equal(OrderStatus.Filled, (await client.GetOrderAsync("c1", CancellationToken.None)).Value.Status);
    }

    [Fact]
    public async Task Market_order_walks_the_live_book()
    {
        await using var client = await ConnectedAsync();
        var order = (await client.PlaceOrderAsync(new OrderRequest("c1", Side.Buy, OrderKind.Market, 0.5m, null), CancellationToken.None)).Value;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal((0.3m * 101m + 0.2m * 102m) / 0.5m, order.AverageFillPrice);
    }

    [Fact]
    public async Task Venue_without_a_book_fails_the_connection()
    {
        _feed.Book = null;
        await using var client = PaperVenue.CreateOnLiveData("paradex", _feed, FeeSchedule.Paradex, _time);
        var connected = await client.ConnectAsync(CancellationToken.None);
        Assert.Equal(VenueErrorKind.Unavailable, connected.Error!.Kind);
    }

    private sealed class ScriptedFeed : IPublicMarketData
    {
        public OrderBook? Book { get; set; }

        public IReadOnlyList<PublicTrade> Trades { get; set; } = [];

        public Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken) =>
            Task.FromResult(VenueResult<MarketRules>.Ok(new MarketRules("BTC-USD-PERP", 0.1m, 0.001m, 0.001m, 10m)));

        public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) =>
            Task.FromResult(Book is null ? VenueResult<OrderBook>.Fail(VenueErrorKind.Unavailable, "503") : VenueResult<OrderBook>.Ok(Book));

        public Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken) =>
            Task.FromResult(VenueResult<IReadOnlyList<PublicTrade>>.Ok(Trades));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
