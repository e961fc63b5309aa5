namespace VolumeBot.Core.Venue;

/// <summary>A trade between other traders, as the venue publishes it.</summary>
public sealed record PublicTrade(string Id, Side TakerSide, decimal Price, decimal Size, DateTimeOffset Time);

/// <summary>A venue's public market data (no keys): what paper trading on live data needs.</summary>
public interface IPublicMarketData : IAsyncDisposable
{
    Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken);

    Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken);

    /// <summary>The newest public trades, newest or oldest first; the caller de-duplicates by id.</summary>
    Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken);
}
