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
    public static StatsReport From(TradeHistory history, DateTimeOffset now, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) => new(
        now,
        zone,
        since,
        until,
        history.Files.Select(f => f.Path).ToList(),
        history.Books.Select(b => StatsCalculator.For(b.Key, b.Value, now, zone) with { FeeClasses = FeeClassSplit.From(b.Value) }).ToList(),
        history.MalformedRows,
        history.DuplicateRows,
        history.OrderEventRows,
        history.Warnings.ToList());
}
