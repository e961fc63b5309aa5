using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest;

namespace VolumeBot.Paradex.PublicData;

/// <summary>
/// Paradex's public market data for one market, over the public REST endpoints (/markets, /orderbook, /trades): no
/// keys, no account, no WebSocket. Every call is an idempotent read, retried on transient failures.
/// </summary>
public sealed class ParadexPublicMarketData : IPublicMarketData
{
    private const int MaxDepth = 100;
    private readonly ParadexPublicDataOptions _options;
    private readonly ParadexRestClient _rest;

    public ParadexPublicMarketData(ParadexPublicDataOptions options, TimeProvider? time = null)
        : this(options, time, null)
    {
    }

    internal ParadexPublicMarketData(ParadexPublicDataOptions options, TimeProvider? time, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _rest = new ParadexRestClient(options.Environment.RestUrl, options.Http(time ?? TimeProvider.System), time ?? TimeProvider.System, handler);
    }

    private string Market => _options.Market;

    public async Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken)
    {
        var market = await _rest.ExchangeData.MarketAsync(Market, cancellationToken);
        return market.IsSuccess ? MarketMapping.ToRules(market.Value) : market.Error;
    }

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        var book = await _rest.ExchangeData.OrderBookAsync(Market, Math.Clamp(depth, 1, MaxDepth), cancellationToken);
        return book.IsSuccess ? VenueResult<OrderBook>.Ok(MarketMapping.ToBook(book.Value)) : book.Error;
    }

    public async Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken)
    {
        var page = await _rest.ExchangeData.TradesAsync(Market, cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        IReadOnlyList<PublicTrade> trades = (page.Value.Results ?? [])
            .Where(t => t.Market is null || t.Market == Market)
            .Select(MarketMapping.ToPublicTrade)
            .OfType<PublicTrade>()
            .ToList();
        return VenueResult<IReadOnlyList<PublicTrade>>.Ok(trades);
    }

    public ValueTask DisposeAsync()
    {
        _rest.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"ParadexPublicMarketData({_options.Environment.Name}, {Market})";
}
