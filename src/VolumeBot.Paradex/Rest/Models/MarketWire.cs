namespace VolumeBot.Paradex.Rest.Models;

/// <summary>One entry of GET /markets.</summary>
internal sealed record MarketWire(
    string Symbol,
    string PriceTickSize,
    string OrderSizeIncrement,
    string? MinNotional);

/// <summary>GET /bbo/{market}.</summary>
internal sealed record BboWire(string Market, string? Bid, string? Ask);

/// <summary>GET /orderbook/{market}: levels are [price, size], best first.</summary>
internal sealed record OrderBookWire(string Market, List<List<string>>? Bids, List<List<string>>? Asks);
