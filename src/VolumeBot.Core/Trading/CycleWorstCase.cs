using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>What one cycle can cost at most, as far as it can be bounded before it starts.</summary>
public sealed record CycleCostBound(decimal Fees, decimal Slippage)
{
    public decimal Total => Fees + Slippage;
}

/// <summary>
/// The --max-loss pre-check. For quantity Q at mid M:
/// fees = Q × M × (max(maker, 0) + taker): the open's maker fee (a rebate is not counted on) and a taker close, the
/// dearest way any cycle closes (a take-profit that is never filled may be closed by a taker at the end);
/// slippage = the open's (its post-only limit against M, never counted as a gain) plus, in boost mode, the close's:
/// the visible book walked for Q against M (a market order, or an IOC's market fallback), at least the IOC tolerance
/// with --use-ioc, and at least the touch when no book is at hand. A take-profit rests beyond the mid: no slippage cost.
/// Price moves while the position is open cannot be bounded and are not in it.
/// </summary>
public static class CycleWorstCase
{
    public static CycleCostBound For(BotSettings settings, decimal quantity, TopOfBook top, OrderBook? book, MarketRules rules)
    {
        var mid = top.Mid;
        var fees = quantity * mid * (Math.Max(settings.MakerFeeRate, 0m) + Math.Max(settings.TakerFeeRate, 0m));
        var openPrice = OpenPrice.For(settings.Direction, top, rules);
        var slippage = Math.Max(0m, settings.Direction.Sign() * (openPrice - mid) * quantity);
        if (settings.Boost)
        {
            var closeSide = settings.CloseSide;
            var walked = book?.AverageTakerPrice(closeSide, quantity) ?? top.Touch(closeSide);
            var close = Math.Max(0m, closeSide.Sign() * (walked - mid) * quantity);
            if (settings.UseIoc)
            {
                close = Math.Max(close, mid * settings.IocToleranceBps / 10_000m * quantity);
            }

            slippage += close;
        }

        return new CycleCostBound(fees, slippage);
    }
}
