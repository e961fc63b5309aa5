namespace VolumeBot.Core.Venue;

public sealed record TopOfBook(decimal BestBid, decimal BestAsk)
{
    public decimal Mid => (BestBid + BestAsk) / 2m;

    /// <summary>Both sides present and not crossed; the loop never prices an order off anything else.</summary>
    public bool IsUsable => BestBid > 0 && BestAsk > 0 && BestBid < BestAsk;

    public decimal Touch(Side side) => side == Side.Buy ? BestAsk : BestBid;
}
