namespace VolumeBot.Core.Venue;

/// <summary>Signed position on the bot's market: positive long, negative short.</summary>
public sealed record PositionSnapshot(decimal SignedSize)
{
    public decimal Size => Math.Abs(SignedSize);

    public Side? Side => SignedSize > 0 ? Venue.Side.Buy : SignedSize < 0 ? Venue.Side.Sell : null;

    public static PositionSnapshot Flat { get; } = new(0m);
}
