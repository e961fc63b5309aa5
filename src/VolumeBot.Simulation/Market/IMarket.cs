using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Market;

/// <summary>
/// The book the matching engine trades against and the other traders' flow that moves it: a synthetic random walk
/// (<see cref="MarketModel"/>) or a venue's live public data (<see cref="LiveFeedMarket"/>).
/// </summary>
public interface IMarket
{
    MarketRules Rules { get; }

    TimeSpan StepInterval { get; }

    decimal BestBid { get; }

    decimal BestAsk { get; }

    /// <summary>Visible levels on one side of the book (Buy = bids).</summary>
    int LevelCount(Side bookSide);

    decimal LevelPrice(Side bookSide, int level);

    decimal LevelSize(Side bookSide, int level);

    OrderBook Book(int depth);

    /// <summary>Takes liquidity from the side a taker of <paramref name="takerSide"/> hits; it stays taken until the next step.</summary>
    decimal Consume(Side takerSide, int level, decimal size);

    /// <summary>Moves the market one step and returns the other traders' market orders of that step.</summary>
    IReadOnlyList<TakerFlow> Step();
}

public static class MarketExtensions
{
    public static TopOfBook Top(this IMarket market) => new(market.BestBid, market.BestAsk);

    /// <summary>Size shown at exactly this price on one side: the queue a new order joins behind.</summary>
    public static decimal SizeAt(this IMarket market, Side bookSide, decimal price)
    {
        for (var level = 0; level < market.LevelCount(bookSide); level++)
        {
            if (market.LevelPrice(bookSide, level) == price)
            {
                return market.LevelSize(bookSide, level);
            }
        }

        return 0m;
    }
}
