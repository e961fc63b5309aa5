using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>Where the post-only open rests: one tick inside the far touch, rounded so it stays a maker order.</summary>
public static class OpenPrice
{
    public static decimal For(Side direction, TopOfBook top, MarketRules rules) => direction == Side.Buy
        ? rules.RoundPrice(top.BestAsk - rules.TickSize, PriceRounding.Down)
        : rules.RoundPrice(top.BestBid + rules.TickSize, PriceRounding.Up);

    /// <summary>True while the resting order is still at least as good as what the bot would quote now.</summary>
    public static bool IsStillCompetitive(Side direction, decimal restingPrice, decimal quoteNow) =>
        direction == Side.Buy ? quoteNow <= restingPrice : quoteNow >= restingPrice;
}
