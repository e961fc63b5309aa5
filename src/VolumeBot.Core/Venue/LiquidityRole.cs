namespace VolumeBot.Core.Venue;

public enum LiquidityRole
{
    Maker,
    Taker,
}
