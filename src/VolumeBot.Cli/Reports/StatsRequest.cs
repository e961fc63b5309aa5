namespace VolumeBot.Cli.Reports;

/// <summary>The `stats` command's inputs, parsed and checked.</summary>
public sealed record StatsRequest(
    IReadOnlyList<string> Patterns,
    TimeZoneInfo Zone,
    string? Since = null,
    string? Until = null,
    bool Json = false,
    string? PlotPath = null,
    TimeSpan? Watch = null);
