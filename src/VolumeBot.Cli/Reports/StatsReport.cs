namespace VolumeBot.Cli.Reports;

/// <summary>What `volumebot stats` shows: one entry per book, and the rows it could not use.</summary>
public sealed record StatsReport(
    DateTimeOffset GeneratedAt,
    TimeZoneInfo Zone,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    IReadOnlyList<string> Files,
    IReadOnlyList<PairStats> Books,
    int MalformedRows,
    int DuplicateRows,
    int OrderEventRows,
    IReadOnlyList<string> Warnings)
{
    public static StatsReport From(StatsReading reading, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) => new(
        now,
        zone,
        since,
        until,
        reading.Files.Select(f => f.Path).ToList(),
        reading.Books.Select(b => b.ToStats()).ToList(),
        reading.Files.Sum(f => f.MalformedRows),
        reading.Files.Sum(f => f.DuplicateRows),
        reading.Files.Sum(f => f.OrderEventRows),
        TradeHistory.WarningsOf(reading.Files).ToList());

    public static StatsReport From(TradeHistory history, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) => new(
        now,
        zone,
        since,
        until,
        history.Files.Select(f => f.Path).ToList(),
        history.Books.Select(b => StatsCalculator.For(b.Key, b.Value, now, zone)).ToList(),
        history.MalformedRows,
        history.DuplicateRows,
        history.OrderEventRows,
        history.Warnings.ToList());
}
