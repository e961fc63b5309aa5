namespace VolumeBot.Core.Trading.Strategies;

/// <summary>The strategies by name: a new strategy is a new class and a line here, the runner is not touched.</summary>
public static class TradingStrategies
{
    private static readonly Catalog<IStrategyHost, ITradingStrategy> All = new("strategy", new(StringComparer.Ordinal)
    {
        ["normal"] = host => new NormalStrategy(host),
        ["boost"] = host => new BoostStrategy(host),
        ["two-sided"] = host => new TwoSidedStrategy(host),
        ["hedge"] = host => new HedgedStrategy(host),
    });

    public static IReadOnlyList<string> Names => All.Names;

    public static bool Exists(string name) => All.Exists(name);

    public static ITradingStrategy Create(string name, IStrategyHost host) => All.Create(name, host);
}
