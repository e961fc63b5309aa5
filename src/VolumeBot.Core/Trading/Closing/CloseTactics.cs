using VolumeBot.Core.Budget;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>
/// The --close tactics by name: a new tactic is a new class and a line here, the runner is not touched. Each line also
/// says the most orders one close can send, for the Retail order budget (none for a tactic that re-prices as long as it
/// rests: no number bounds it).
/// </summary>
public static class CloseTactics
{
    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        ["market"] = new(legs => new TakerClose(legs, ioc: false), (_, timings) => timings.CloseAttempts),
        ["ioc"] = new(legs => new TakerClose(legs, ioc: true), (_, timings) => 1 + timings.CloseAttempts), // the IOC, then each market attempt
        ["layered-ioc"] = new(legs => new LayeredIocClose(legs), (settings, timings) => settings.IocLayers.Count + timings.CloseAttempts),
        ["maker-first"] = new(legs => new MakerFirstClose(legs), null),
    };

    private static readonly Catalog<CloseLegs, ICloseTactic> All = new("close tactic", Entries.ToDictionary(e => e.Key, e => e.Value.Create, StringComparer.Ordinal));

    public static IReadOnlyList<string> Names => All.Names;

    public static bool Exists(string name) => All.Exists(name);

    public static ICloseTactic Create(string name, CloseLegs legs) => All.Create(name, legs);

    /// <summary>The most orders one close with the settings' tactic can send; throws for a tactic nothing bounds.</summary>
    public static int MostOrders(BotSettings settings, BotTimings timings) =>
        Entries.GetValueOrDefault(settings.CloseTacticName)?.MostOrders is { } most ? most(settings, timings) : throw CycleOrderBound.Unbounded($"--close {settings.CloseTacticName}");

    private sealed record Entry(Func<CloseLegs, ICloseTactic> Create, Func<BotSettings, BotTimings, int>? MostOrders);
}
