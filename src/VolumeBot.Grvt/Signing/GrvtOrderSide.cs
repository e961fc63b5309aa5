namespace VolumeBot.Grvt.Signing;

public enum GrvtOrderSide
{
    Buy,
    Sell,
}
