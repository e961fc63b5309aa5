using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>Keeps take-profit orders at least grid-step percent apart (spec 2.4); -100 disables it.</summary>
public static class GridStepRule
{
    public static bool IsMet(Side direction, IReadOnlyCollection<decimal> closePrices, TopOfBook top, decimal takeProfitPercent, decimal gridStepPercent)
    {
        if (closePrices.Count == 0)
        {
            return true;
        }

        var threshold = 1 + gridStepPercent / 100m;
        var tp = takeProfitPercent / 100m;
        if (direction == Side.Buy)
        {
            var newClose = top.BestAsk * (1 + tp);
            return closePrices.Min() / newClose > threshold;
        }

        var newSellClose = top.BestBid * (1 - tp);
        return newSellClose / closePrices.Max() > threshold;
    }
}
