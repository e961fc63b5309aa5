using VolumeBot.Core.Budget;
using VolumeBot.Core.Trading.Closing;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// The strategies by name: a new strategy is a new class and a line here, the runner is not touched. Each line also
/// says the most close orders one cycle can send, for the Retail order budget (none for a strategy whose maker orders
/// re-price as long as they rest).
/// </summary>
public static class TradingStrategies
{
    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        ["normal"] = new(host => new NormalStrategy(host), (_, timings) => timings.CloseAttempts + timings.PostOnlyAttempts), // a taker close at the end, every take-profit attempt
        ["boost"] = new(host => new BoostStrategy(host), CloseTactics.MostOrders),
        ["two-sided"] = new(host => new TwoSidedStrategy(host), null),
        ["hedge"] = new(host => new HedgedStrategy(host), null),
    };

    private static readonly Catalog<IStrategyHost, ITradingStrategy> All = new("strategy", Entries.ToDictionary(e => e.Key, e => e.Value.Create, StringComparer.Ordinal));

    public static IReadOnlyList<string> Names => All.Names;

    public static bool Exists(string name) => All.Exists(name);

    public static ITradingStrategy Create(string name, IStrategyHost host) => All.Create(name, host);

    /// <summary>The most close orders one cycle of the settings' strategy can send; throws for a strategy nothing bounds.</summary>
    public static int MostCloseOrders(BotSettings settings, BotTimings timings) =>
        Entries.GetValueOrDefault(settings.StrategyName)?.MostCloseOrders is { } most ? most(settings, timings) : throw CycleOrderBound.Unbounded($"--strategy {settings.StrategyName}");

    private sealed record Entry(Func<IStrategyHost, ITradingStrategy> Create, Func<BotSettings, BotTimings, int>? MostCloseOrders);
}
