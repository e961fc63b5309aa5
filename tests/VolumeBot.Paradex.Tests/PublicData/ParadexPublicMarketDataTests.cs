using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Tests.PublicData;

/// <summary>Paradex's public endpoints (/markets, /orderbook, /trades) read without keys from the emulator.</summary>
public sealed class ParadexPublicMarketDataTests
{
    [Fact]
    public async Task Rules_come_from_the_market_listing()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var feed = PublicFeeds.For(emulator);

        var rules = await feed.GetMarketRulesAsync(CancellationToken.None);

        Assert.Equal(new MarketRules("BTC-USD-PERP", 0.1m, 0.001m, 0.001m, 10m) { MaxOrderSize = 1_000m, InitialMarginFraction = 0.02m }, rules.Value);
        Assert.Equal((0, 0, 0), (emulator.Stats.PrivateRequests, emulator.Stats.AuthRequests, emulator.Stats.WebSocketConnections));
    }

    [Fact]
    public async Task The_book_has_the_venues_levels_best_first()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var feed = PublicFeeds.For(emulator);

        var book = (await feed.GetOrderBookAsync(5, CancellationToken.None)).Value;

        Assert.Equal((5, 5), (book.Bids.Count, book.Asks.Count));
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        Assert.Equal(book.Bids.Select(l => l.Price).OrderDescending(), book.Bids.Select(l => l.Price));
        Assert.Equal(book.Asks.Select(l => l.Price).Order(), book.Asks.Select(l => l.Price));
        Assert.All(book.Bids.Concat(book.Asks), l => Assert.True(l.Size > 0 && l.Price % 0.1m == 0, $"{l}"));
    }

    [Fact]
    public async Task Trades_carry_the_takers_side_price_and_size()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var feed = PublicFeeds.For(emulator);
        var engine = emulator.Engine();
        engine.Submit("another-trader", new OrderRequest("t1", Side.Buy, OrderKind.Market, 0.5m, null));
        engine.Submit("another-trader", new OrderRequest("t2", Side.Sell, OrderKind.Market, 0.3m, null));

        var trades = (await feed.GetRecentTradesAsync(CancellationToken.None)).Value;

        foreach (var (clientId, side) in new[] { ("t1", Side.Buy), ("t2", Side.Sell) })
        {
            foreach (var fill in engine.Fills("another-trader", clientId))
            {
                Assert.Contains(trades, t => t.TakerSide == side && t.Price == fill.Price && t.Size == fill.Quantity);
            }
        }

        Assert.Equal(trades.Count, trades.Select(t => t.Id).Distinct().Count());
        Assert.All(trades, t => Assert.StartsWith("FILL:", t.Id, StringComparison.Ordinal));
        Assert.Equal(trades.Select(t => t.Time).OrderDescending(), trades.Select(t => t.Time)); // newest first, as Paradex lists them
    }

    [Fact]
    public async Task Other_traders_flow_reaches_the_tape()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc] });
        await using var feed = PublicFeeds.For(emulator);

        var first = (await feed.GetRecentTradesAsync(CancellationToken.None)).Value;
        await Task.Delay(300);
        var later = (await feed.GetRecentTradesAsync(CancellationToken.None)).Value;

        var fresh = later.ExceptBy(first.Select(t => t.Id), t => t.Id).ToList();
        Assert.Contains(fresh, t => t.TakerSide == Side.Buy);
        Assert.Contains(fresh, t => t.TakerSide == Side.Sell);
        Assert.Empty(emulator.Orders());
    }

    [Fact]
    public async Task Reads_are_retried_through_transient_errors()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var feed = PublicFeeds.For(emulator);
        emulator.Faults.FailNextRequests(2, 503, "GET /v1/trades");

        var trades = await feed.GetRecentTradesAsync(CancellationToken.None);

        Assert.True(trades.IsSuccess, trades.ToString());
        Assert.Equal(2, emulator.Stats.FaultedRequests);
    }

    [Fact]
    public async Task An_unlisted_market_is_not_found()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var feed = PublicFeeds.For(emulator, "NOPE-USD-PERP");

        Assert.Equal(VenueErrorKind.NotFound, (await feed.GetMarketRulesAsync(CancellationToken.None)).Error!.Kind);
        Assert.Equal(VenueErrorKind.NotFound, (await feed.GetRecentTradesAsync(CancellationToken.None)).Error!.Kind);
    }

    [Theory]
    [InlineData("FILL", "BUY", "FILL:7", Side.Buy)]
    [InlineData(null, "SELL", "FILL:7", Side.Sell)]
    [InlineData("LIQUIDATION", "SELL", "LIQUIDATION:7", Side.Sell)]
    public void Tape_entries_that_hit_the_book_become_trades(string? type, string side, string id, Side takerSide)
    {
        var trade = MarketMapping.ToPublicTrade(new TradeWire("7", "BTC-USD-PERP", side, "0.25", "100000.5", 1_700_000_000_000, type));
        Assert.Equal(new PublicTrade(id, takerSide, 100000.5m, 0.25m, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000)), trade);
    }

    [Theory]
    [InlineData("BLOCK_TRADE", "BUY", "0.1")]
    [InlineData("FILL", "", "0.1")]
    [InlineData("FILL", "BUY", "0")]
    public void Other_tape_entries_are_left_out(string type, string side, string size) =>
        Assert.Null(MarketMapping.ToPublicTrade(new TradeWire("7", "BTC-USD-PERP", side, size, "100000", 1, type)));
}
