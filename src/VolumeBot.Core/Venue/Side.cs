namespace VolumeBot.Core.Venue;

public enum Side
{
    Buy,
    Sell,
}

public static class SideExtensions
{
    public static Side Opposite(this Side side) => side == Side.Buy ? Side.Sell : Side.Buy;

    /// <summary>+1 for a buy, -1 for a sell: the sign a fill of this side gives a position.</summary>
    public static int Sign(this Side side) => side == Side.Buy ? 1 : -1;

    public static string ToLowerName(this Side side) => side == Side.Buy ? "buy" : "sell";

    public static string ToUpperName(this Side side) => side == Side.Buy ? "BUY" : "SELL";
}
