namespace VolumeBot.Core.Trading.Closing;

/// <summary>The --close tactics by name: a new tactic is a new class and a line here, the runner is not touched.</summary>
public static class CloseTactics
{
    private static readonly Catalog<CloseLegs, ICloseTactic> All = new("close tactic", new(StringComparer.Ordinal)
    {
        ["market"] = legs => new TakerClose(legs, ioc: false),
        ["ioc"] = legs => new TakerClose(legs, ioc: true),
        ["layered-ioc"] = legs => new LayeredIocClose(legs),
        ["maker-first"] = legs => new MakerFirstClose(legs),
    });

    public static IReadOnlyList<string> Names => All.Names;

    public static bool Exists(string name) => All.Exists(name);

    public static ICloseTactic Create(string name, CloseLegs legs) => All.Create(name, legs);
}
