namespace VolumeBot.Core.Trading.Strategies;

/// <summary>The strategies by name: a new strategy is a new class and a line here, the runner is not touched.</summary>
public static class TradingStrategies
{
    private static readonly Dictionary<string, Func<IStrategyHost, ITradingStrategy>> Factories = new(StringComparer.Ordinal)
    {
        ["normal"] = host => new NormalStrategy(host),
        ["boost"] = host => new BoostStrategy(host),
        ["two-sided"] = host => new TwoSidedStrategy(host),
    };

    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys];

    public static bool Exists(string name) => Factories.ContainsKey(name);

    public static ITradingStrategy Create(string name, IStrategyHost host) =>
        Factories.TryGetValue(name, out var create) ? create(host) : throw new ArgumentException($"unknown strategy '{name}'", nameof(name));
}
