using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Trading.Strategies;

namespace VolumeBot.Core.Budget;

/// <summary>
/// The most order actions one cycle can send: every open attempt (the first and each re-price), the cancels of the
/// one open that rests, and the close legs (boost: each IOC of the tactic and every market attempt; normal: every
/// take-profit attempt), as each strategy and close tactic declares in its catalog. A way of trading whose orders
/// have no such bound cannot run inside a budget and is refused.
/// </summary>
public static class CycleOrderBound
{
    /// <summary>The open's attempts and cancels, plus the close orders the strategy (and its close tactic) declares.</summary>
    public static int WorstCase(BotSettings settings, BotTimings timings) =>
        timings.PostOnlyAttempts + PostOnlyPlacer.CancelAttempts + TradingStrategies.MostCloseOrders(settings, timings);

    // maker closes and two-sided quotes re-price as the touch moves, for as long as they rest: no number of orders
    // bounds them, and with 0 % maker and taker fees a maker order saves nothing anyway
    public static ArgumentException Unbounded(string what) => new(
        $"{what} re-prices its maker orders as the market moves, so no order budget can bound a cycle, and on 0 % fees it saves nothing: "
        + "use --close market, ioc or layered-ioc, or normal mode");
}
