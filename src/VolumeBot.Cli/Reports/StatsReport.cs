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
    public static StatsReport From(StatsReading reading, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        Of(reading.Files, reading.Books.Select(b => b.ToStats()), now, zone, since, until);

    public static StatsReport From(TradeHistory history, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        Of(history.Files, history.Books.Select(b => StatsCalculator.For(b.Key, b.Value, now, zone) with { FeeClasses = FeeClassSplit.From(b.Value) }), now, zone, since, until);

    private static StatsReport Of(
        IReadOnlyList<TradesFile> files, IEnumerable<PairStats> books, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since, DateTimeOffset? until) => new(
        now,
        zone,
        since,
        until,
        files.Select(f => f.Path).ToList(),
        books.ToList(),
        files.Sum(f => f.MalformedRows),
        files.Sum(f => f.DuplicateRows),
        files.Sum(f => f.OrderEventRows),
        TradeHistory.WarningsOf(files).ToList());
}
