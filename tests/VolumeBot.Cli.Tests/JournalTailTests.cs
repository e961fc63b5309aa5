using VolumeBot.Cli.Journal;
using VolumeBot.Cli.Reports;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Tests;

/// <summary>Issue 9 item 1: what the trades CSV tells the next run about where it ends, and that recovered rows stay readable.</summary>
public sealed class JournalTailTests : IDisposable
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"vb-tail-{Guid.NewGuid():N}.csv");

    [Fact]
    public void A_csv_that_did_not_exist_has_no_tail()
    {
        using var journal = new CsvTradeJournal(_path, Zone);

        Assert.Same(JournalTail.None, journal.Tail);
    }

    [Fact]
    public void A_csv_with_only_its_header_ends_when_it_was_written()
    {
        new CsvTradeJournal(_path, Zone).Dispose();
        var written = File.GetLastWriteTimeUtc(_path);

        using var journal = new CsvTradeJournal(_path, Zone);

        Assert.Equal(new DateTimeOffset(written, TimeSpan.Zero), journal.Tail.LastFillTime);
        Assert.Empty(journal.Tail.RecordedFillIds);
    }

    [Fact]
    public void The_tail_is_the_newest_fill_and_the_ids_written_near_it_whatever_the_row_order()
    {
        using (var first = new CsvTradeJournal(_path, Zone))
        {
            first.Append(Row("long-ago", Noon.AddHours(-2)));
            first.Append(Row("newest", Noon));
            first.Append(Row("written-late", Noon.AddMinutes(-3))); // fetched over REST after a later fill
        }

        using var journal = new CsvTradeJournal(_path, Zone);

        Assert.Equal(Noon, journal.Tail.LastFillTime);
        Assert.Equal(["newest", "written-late"], journal.Tail.RecordedFillIds.Order());
    }

    [Fact]
    public void A_recovered_row_is_a_fill_for_stats()
    {
        using (var journal = new CsvTradeJournal(_path, Zone))
        {
            journal.Append(Row("f1", Noon) with { CloseMethod = CostLedger.RecoveredCloseMethod });
        }

        var file = TradesCsvReader.Read(_path, Zone);

        var fill = Assert.Single(file.Fills);
        Assert.Equal(("f1", "recovered", 0.01m, Noon), (fill.FillId, fill.CloseMethod, fill.Quantity, fill.Time));
        Assert.Equal(0, file.MalformedRows);
    }

    [Fact]
    public void A_row_cut_off_by_a_kill_does_not_swallow_the_next_row()
    {
        using (var first = new CsvTradeJournal(_path, Zone))
        {
            first.Append(Row("whole", Noon.AddMinutes(-1)));
        }

        File.AppendAllText(_path, "2026-03-01 20:00:00,o-cut,buy,0.0"); // the kill came in the middle of a write

        using (var journal = new CsvTradeJournal(_path, Zone))
        {
            Assert.Equal(Noon.AddMinutes(-1), journal.Tail.LastFillTime);
            journal.Append(Row("after", Noon));
        }

        var file = TradesCsvReader.Read(_path, Zone);
        Assert.Equal(["whole", "after"], file.Fills.Select(f => f.FillId));
        Assert.Equal(1, file.MalformedRows);
    }

    public void Dispose() => File.Delete(_path);

    private static TradeRecord Row(string fillId, DateTimeOffset time) =>
        new(time, "o-" + fillId, Side.Buy, 0.01m, 100_000m, "FILLED", 0.0003m, 0.00003m, LiquidityRole.Maker, "OPEN", null, null, null, "7312345678000000001", fillId);
}
