namespace VolumeBot.Core.Venue;

public enum PriceRounding
{
    Nearest,
    Down,
    Up,
}

/// <summary>Immutable trading rules of one market, read from the venue at start-up.</summary>
public sealed record MarketRules(
    string Symbol,
    decimal TickSize,
    decimal SizeIncrement,
    decimal MinSize,
    decimal MinNotional)
{
    /// <summary>The largest order the venue takes on this market (Paradex max_order_size, GRVT max_position_size); null when not published.</summary>
    public decimal? MaxOrderSize { get; init; }

    /// <summary>Margin one unit of notional needs at the highest leverage the market allows; null when not published.</summary>
    public decimal? InitialMarginFraction { get; init; }

    /// <summary>Rounds to a multiple of the tick (not to the tick's number of decimals: a 0.5 tick turns 107000.37 into 107000.5).</summary>
    public decimal RoundPrice(decimal price, PriceRounding rounding = PriceRounding.Nearest) =>
        RoundToMultiple(price, TickSize, rounding);

    /// <summary>Sizes are always rounded down so an order never exceeds what was asked for.</summary>
    public decimal RoundSizeDown(decimal size) => RoundToMultiple(size, SizeIncrement, PriceRounding.Down);

    public static decimal RoundToMultiple(decimal value, decimal increment, PriceRounding rounding)
    {
        if (increment <= 0)
        {
            return value;
        }

        var units = value / increment;
        var whole = rounding switch
        {
            PriceRounding.Down => decimal.Floor(units),
            PriceRounding.Up => decimal.Ceiling(units),
            _ => decimal.Round(units, MidpointRounding.AwayFromZero),
        };
        return Normalize(whole * increment);
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
