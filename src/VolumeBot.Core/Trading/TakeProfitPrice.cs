using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public static class TakeProfitPrice
{
    /// <summary>
    /// The take-profit for a fill at <paramref name="openPrice"/>: tp percent away, rounded to the tick (a tie goes
    /// away from crossing) and nudged one tick inside the touch if it would cross, so it always rests.
    /// </summary>
    public static decimal For(Side closeSide, decimal openPrice, decimal takeProfitPercent, TopOfBook? top, MarketRules rules)
    {
        var factor = takeProfitPercent / 100m;
        var raw = closeSide == Side.Sell ? openPrice * (1 + factor) : openPrice * (1 - factor);
        var price = RoundNearest(raw, closeSide, rules);
        if (top is null)
        {
            return price;
        }

        if (closeSide == Side.Sell && price <= top.BestBid)
        {
            return top.BestBid + rules.TickSize;
        }

        if (closeSide == Side.Buy && price >= top.BestAsk)
        {
            return top.BestAsk - rules.TickSize;
        }

        return price;
    }

    private static decimal RoundNearest(decimal raw, Side closeSide, MarketRules rules)
    {
        var down = rules.RoundPrice(raw, PriceRounding.Down);
        var up = rules.RoundPrice(raw, PriceRounding.Up);
        var toDown = raw - down;
        var toUp = up - raw;
        if (toDown == toUp)
        {
            return closeSide == Side.Sell ? up : down;
        }

        return toDown < toUp ? down : up;
    }
}
