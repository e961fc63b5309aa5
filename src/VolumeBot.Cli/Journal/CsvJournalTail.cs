using VolumeBot.Cli.Reports;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Journal;

/// <summary>
/// Where a trades CSV ends, read with the stats reader (so any row format it reads counts): the newest fill's time and
/// the fill ids near it. A CSV with a header and no fills yet ends when it was last written (a run killed before its
/// first row).
/// </summary>
public static class CsvJournalTail
{
    /// <summary>True when the file's last row was cut off (a kill in the middle of a write): the next row must start on a new line.</summary>
    public static bool EndsMidRow(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() != '\n';
    }

    public static JournalTail Read(string path, TimeZoneInfo zone)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return JournalTail.None;
        }

        var file = TradesCsvReader.Read(path, zone);
        if (file.Fills.Count == 0)
        {
            return new JournalTail(new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), new HashSet<string>(StringComparer.Ordinal));
        }

        var last = file.Fills.Max(f => f.Time);
        var near = file.Fills
            .Where(f => f.FillId is not null && f.Time >= last - JournalTail.Reach)
            .Select(f => f.FillId!)
            .ToHashSet(StringComparer.Ordinal);
        return new JournalTail(last, near);
    }
}
