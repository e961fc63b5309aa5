using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Placing;

namespace VolumeBot.Core.Budget;

/// <summary>
/// The most order actions one cycle can send: every open attempt (the first and each re-price), the cancels of the
/// one open that rests, and the close legs (boost: each IOC of the tactic and every market attempt; normal: every
/// take-profit attempt). A way of trading whose orders have no such bound cannot run inside a budget and is refused.
/// </summary>
public static class CycleOrderBound
{
    public static int WorstCase(BotSettings settings, BotTimings timings)
    {
        var open = timings.PostOnlyAttempts + PostOnlyPlacer.CancelAttempts;
        var close = settings.StrategyName switch
        {
            "normal" => timings.CloseAttempts + timings.PostOnlyAttempts,
            "boost" => settings.CloseTacticName switch
            {
                "market" => timings.CloseAttempts,
                "ioc" => 1 + timings.CloseAttempts,
                "layered-ioc" => settings.IocLayers.Count + timings.CloseAttempts,
                var tactic => throw Unbounded($"--close {tactic}"),
            },
            var strategy => throw Unbounded($"--strategy {strategy}"),
        };
        return open + close;
    }

    // maker closes and two-sided quotes re-price as the touch moves, for as long as they rest: no number of orders
    // bounds them, and with 0 % maker and taker fees a maker order saves nothing anyway
    private static ArgumentException Unbounded(string what) => new(
        $"{what} re-prices its maker orders as the market moves, so no order budget can bound a cycle, and on 0 % fees it saves nothing: "
        + "use --close market, ioc or layered-ioc, or normal mode");
}
