namespace VolumeBot.Paradex.Rest.Models;

/// <summary>One entry of GET /markets.</summary>
internal sealed record MarketWire(
    string Symbol,
    string PriceTickSize,
    string OrderSizeIncrement,
    string? MinNotional,
    string? MaxOrderSize = null,
    MarginParamsWire? Delta1CrossMarginParams = null);

/// <summary>A perpetual's cross-margin parameters: <see cref="ImfBase"/> is the initial margin fraction at the highest leverage.</summary>
internal sealed record MarginParamsWire(string? ImfBase);

/// <summary>GET /account: the account's margin summary.</summary>
internal sealed record AccountWire(string? FreeCollateral);

/// <summary>GET /bbo/{market}.</summary>
internal sealed record BboWire(string Market, string? Bid, string? Ask);

/// <summary>GET /orderbook/{market}: levels are [price, size], best first.</summary>
internal sealed record OrderBookWire(string Market, List<List<string>>? Bids, List<List<string>>? Asks);

/// <summary>One entry of GET /trades?market=: <see cref="Side"/> is the taker's, ids are unique per trade type.</summary>
internal sealed record TradeWire(string? Id, string? Market, string? Side, string? Size, string? Price, long CreatedAt, string? TradeType);
