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

/// <summary>One entry of GET /trades?market=: <see cref="Side"/> is the taker's, ids are unique per trade type.</summary>
internal sealed record TradeWire(string? Id, string? Market, string? Side, string? Size, string? Price, long CreatedAt, string? TradeType);
