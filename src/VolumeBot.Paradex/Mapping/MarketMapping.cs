using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Mapping;

/// <summary>Public market data from the wire to the bot's types.</summary>
internal static class MarketMapping
{
    public static VenueResult<MarketRules> ToRules(MarketWire market)
    {
        var tick = WireDecimal.Parse(market.PriceTickSize);
        var increment = WireDecimal.Parse(market.OrderSizeIncrement);
        if (tick is not > 0 || increment is not > 0)
        {
            return VenueResult<MarketRules>.Fail(VenueErrorKind.Unavailable, $"market {market.Symbol} has no usable tick size or size increment");
        }

        return VenueResult<MarketRules>.Ok(new MarketRules(market.Symbol, tick.Value, increment.Value, increment.Value, WireDecimal.ParseOrZero(market.MinNotional))
        {
            MaxOrderSize = WireDecimal.Parse(market.MaxOrderSize) is > 0 and var max ? max : null,
            InitialMarginFraction = WireDecimal.Parse(market.Delta1CrossMarginParams?.ImfBase) is > 0 and var imf ? imf : null,
        });
    }

    public static OrderBook ToBook(OrderBookWire book) => new(Levels(book.Bids), Levels(book.Asks));

    /// <summary>
    /// A tape entry as other traders' flow, or null when it is not one. Only FILL (and a missing type) and LIQUIDATION
    /// count: both execute against the book. Block trades, RPI and settlement entries do not take resting liquidity
    /// (our reading of the trade-type list, not a documented guarantee).
    /// </summary>
    public static PublicTrade? ToPublicTrade(TradeWire trade)
    {
        var side = trade.Side?.ToUpperInvariant() switch
        {
            "BUY" => Side.Buy,
            "SELL" => Side.Sell,
            _ => (Side?)null,
        };
        var price = WireDecimal.Parse(trade.Price);
        var size = WireDecimal.Parse(trade.Size);
        var type = string.IsNullOrEmpty(trade.TradeType) ? "FILL" : trade.TradeType.ToUpperInvariant();
        if (string.IsNullOrEmpty(trade.Id) || side is null || price is not > 0 || size is not > 0 || type is not ("FILL" or "LIQUIDATION"))
        {
            return null;
        }

        // Paradex documents trade ids as unique per trade type only
        return new PublicTrade($"{type}:{trade.Id}", side.Value, price.Value, size.Value, DateTimeOffset.FromUnixTimeMilliseconds(trade.CreatedAt));
    }

    private static List<BookLevel> Levels(List<List<string>>? levels) =>
        (levels ?? [])
            .Where(l => l.Count >= 2)
            .Select(l => new BookLevel(WireDecimal.ParseOrZero(l[0]), WireDecimal.ParseOrZero(l[1])))
            .Where(l => l.Price > 0 && l.Size > 0)
            .ToList();
}
