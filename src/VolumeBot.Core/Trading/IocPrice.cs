using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public static class IocPrice
{
    /// <summary>
    /// The IOC limit: the tolerance through the mid, rounded toward the mid (a sell rounds up, a buy down) so the
    /// limit never gives away more than the tolerance.
    /// </summary>
    public static decimal For(Side side, decimal mid, decimal toleranceBps, MarketRules rules)
    {
        var tolerance = toleranceBps / 10_000m;
        return side == Side.Sell
            ? rules.RoundPrice(mid * (1 - tolerance), PriceRounding.Up)
            : rules.RoundPrice(mid * (1 + tolerance), PriceRounding.Down);
    }
}
