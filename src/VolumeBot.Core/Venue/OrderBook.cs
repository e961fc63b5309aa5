namespace VolumeBot.Core.Venue;

public sealed record BookLevel(decimal Price, decimal Size);

/// <summary>Levels best first on both sides.</summary>
public sealed record OrderBook(IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks)
{
    public TopOfBook? Top => Bids.Count > 0 && Asks.Count > 0 ? new TopOfBook(Bids[0].Price, Asks[0].Price) : null;

    /// <summary>
    /// Average price a taker of <paramref name="takerSide"/> would pay for <paramref name="quantity"/> by walking the
    /// visible levels; null when the visible book is too thin to fill it.
    /// </summary>
    public decimal? AverageTakerPrice(Side takerSide, decimal quantity)
    {
        var levels = takerSide == Side.Buy ? Asks : Bids;
        var remaining = quantity;
        var notional = 0m;
        foreach (var level in levels)
        {
            var take = Math.Min(remaining, level.Size);
            notional += take * level.Price;
            remaining -= take;
            if (remaining <= 0)
            {
                return notional / quantity;
            }
        }

        return null;
    }
}
