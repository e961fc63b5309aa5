using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Grvt.PublicData;
using VolumeBot.Grvt.Signing;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.PublicData;

/// <summary>GRVT's public market data (instrument, book, trades) read from the emulator's public endpoints, with no session.</summary>
public class PublicMarketDataTests
{
    internal static GrvtPublicDataOptions FeedOptions(GrvtEmulator emulator, string? ticker = null) => new()
    {
        Environment = GrvtEnvironment.SingleHost("testnet", GrvtChainId.Testnet, emulator.BaseAddress),
        Ticker = ticker ?? emulator.Options.Ticker,
        RequestTimeout = TimeSpan.FromSeconds(3),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
    };

    [Fact]
    public async Task Rules_and_book_come_from_the_public_endpoints_without_a_login()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        await using var feed = new GrvtPublicMarketData(FeedOptions(emulator));

        var rules = await feed.GetMarketRulesAsync(CancellationToken.None);
        var book = await feed.GetOrderBookAsync(5, CancellationToken.None);

        Assert.True(rules.IsSuccess, rules.ToString());
        Assert.Equal(new MarketRules("ETH_USDT_Perp", 0.01m, 0.01m, 0.01m, 10m) { MaxOrderSize = 1_000_000m }, rules.Value);
        Assert.True(book.IsSuccess, book.ToString());
        Assert.Equal(5, book.Value.Bids.Count); // the venue only serves depth 10 and up
        Assert.Equal(5, book.Value.Asks.Count);
        Assert.True(book.Value.Top!.IsUsable);
        Assert.Equal(book.Value.Bids.Select(l => l.Price).OrderDescending(), book.Value.Bids.Select(l => l.Price));
        Assert.Equal(book.Value.Asks.Select(l => l.Price).Order(), book.Value.Asks.Select(l => l.Price));
        Assert.Equal(0, emulator.Logins);
    }

    [Fact]
    public async Task Recent_trades_carry_the_taker_side_price_size_and_time()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        await using var feed = new GrvtPublicMarketData(FeedOptions(emulator));
        await Wait.UntilAsync(() => emulator.PublicTrades.Select(t => t.TakerSide).Distinct().Count() == 2, "public trades on both sides");

        var trades = await feed.GetRecentTradesAsync(CancellationToken.None);

        Assert.True(trades.IsSuccess, trades.ToString());
        var venue = emulator.PublicTrades.ToDictionary(t => t.Id);
        Assert.NotEmpty(trades.Value);
        Assert.Equal(trades.Value.Count, trades.Value.Select(t => t.Id).Distinct().Count());
        foreach (var trade in trades.Value)
        {
            Assert.Equal(venue[trade.Id], trade);
        }

        Assert.Contains(trades.Value, t => t.TakerSide == Side.Buy);
        Assert.Contains(trades.Value, t => t.TakerSide == Side.Sell);
        Assert.Equal(trades.Value.Select(t => t.Time).OrderDescending(), trades.Value.Select(t => t.Time)); // newest first
        Assert.Equal(0, emulator.Logins);
    }

    [Fact]
    public async Task A_rate_limited_read_is_retried()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        await using var feed = new GrvtPublicMarketData(FeedOptions(emulator));
        emulator.Faults.RateLimitNext(2, "trade");
        emulator.Faults.ServerErrorNext(1, "book");

        var trades = await feed.GetRecentTradesAsync(CancellationToken.None);
        var book = await feed.GetOrderBookAsync(10, CancellationToken.None);

        Assert.True(trades.IsSuccess, trades.ToString());
        Assert.True(book.IsSuccess, book.ToString());
        Assert.Equal(3, emulator.Requests("trade"));
        Assert.Equal(2, emulator.Requests("book"));
    }

    [Fact]
    public async Task A_ticker_the_venue_does_not_list_is_an_invalid_request()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        await using var feed = new GrvtPublicMarketData(FeedOptions(emulator, ticker: "DOGE"));

        var rules = await feed.GetMarketRulesAsync(CancellationToken.None);

        Assert.Equal(VenueErrorKind.InvalidRequest, rules.Error?.Kind);
        Assert.Contains("DOGE_USDT_Perp", rules.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_read_the_environment_and_no_key()
    {
        var variables = new Dictionary<string, string>
        {
            ["GRVT_ENVIRONMENT"] = "testnet",
            ["GRVT_MARKET_DATA_URL"] = "http://127.0.0.1:9/",
        };

        var (options, error) = GrvtPublicDataOptions.FromVariables(name => variables.GetValueOrDefault(name), "eth");
        var (_, unknown) = GrvtPublicDataOptions.FromVariables(name => name == "GRVT_ENVIRONMENT" ? "mainnet" : null, "eth");

        Assert.Null(error);
        Assert.Equal(("testnet", "ETH_USDT_Perp", "http://127.0.0.1:9/"), (options!.Environment.Name, options.Instrument, options.Environment.MarketDataUrl.ToString()));
        Assert.Equal("GRVT_ENVIRONMENT must be one of prod, testnet, staging, dev, not 'mainnet'", unknown);
    }
}
