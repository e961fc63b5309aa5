namespace VolumeBot.Core.Trading.Closing;

/// <summary>The --close tactics by name: a new tactic is a new class and a line here, the runner is not touched.</summary>
public static class CloseTactics
{
    private static readonly Dictionary<string, Func<CloseLegs, ICloseTactic>> Factories = new(StringComparer.Ordinal)
    {
        ["market"] = legs => new TakerClose(legs, ioc: false),
        ["ioc"] = legs => new TakerClose(legs, ioc: true),
        ["layered-ioc"] = legs => new LayeredIocClose(legs),
        ["maker-first"] = legs => new MakerFirstClose(legs),
    };

    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys];

    public static bool Exists(string name) => Factories.ContainsKey(name);

    public static ICloseTactic Create(string name, CloseLegs legs) =>
        Factories.TryGetValue(name, out var create) ? create(legs) : throw new ArgumentException($"unknown close tactic '{name}'", nameof(name));
}
