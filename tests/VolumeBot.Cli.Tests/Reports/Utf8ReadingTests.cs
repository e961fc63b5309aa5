using System.Text;
using VolumeBot.Cli.Reports;
using VolumeBot.Cli.Reports.Plot;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>`stats` reads the CSV's bytes itself: line breaks, marks, quotes and white space read as text readers read them.</summary>
public class Utf8ReadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);

    private static readonly string[] Rows =
    [
        CsvFixtures.JournalHeader,
        "2026-03-01 09:00:00.250+00:00,o1,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,1,7312345678000000001,f1",
        "2026-03-01 09:00:01.500+00:00,o2,sell,0.01,99998,FILLED,0.549989,0.055,TAKER,CLOSE,ioc,100000,1,7312345678000000002,f2",
        "2026-03-01 09:00:02,o3,sell,0.004,99990,FILLED,0.2199956,0.055,TAKER,CLOSE,ioc_fallback,,2,7312345678000000003,f3",
    ];

    [Theory]
    [InlineData("\r\n", false, true)] // Windows line breaks
    [InlineData("\n", true, true)] // a byte order mark
    [InlineData("\n", false, false)] // the last line without a line break
    [InlineData("\r\n", true, false)]
    [InlineData("\r", false, true)] // old Mac line breaks
    public void Line_breaks_marks_and_a_missing_last_break_give_the_same_report(string lineBreak, bool byteOrderMark, bool lastBreak)
    {
        using var plainDir = new CsvFixtures();
        using var dir = new CsvFixtures();
        var plain = plainDir.Write("grvt_BTC_orders.csv", Rows);
        var other = Path.Combine(dir.Logs, "grvt_BTC_orders.csv");
        var text = string.Join(lineBreak, Rows) + (lastBreak ? lineBreak : "");
        File.WriteAllBytes(other, [.. byteOrderMark ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(Report(plain).Replace(plainDir.Logs, dir.Logs, StringComparison.Ordinal), Report(other));
        var file = TradesCsvReader.Read(other, CsvFixtures.Utc);
        Assert.Equal(["f1", "f2", "f3"], file.Fills.Select(f => f.FillId));
        Assert.Equal(0, file.MalformedRows);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_doubled_quotes_and_white_space()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "grvt_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            "\"2026-03-01 09:00:00\",\"o,1\",\" buy \",\"0.01\",99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,1,7312345678000000001,\"f\"\"1\"",
            "2026-03-01 09:00:01,o2,sell,0.01,\"99,998\",FILLED,0.549989,0.055,TAKER,CLOSE,ioc,100000,1,7312345678000000002,f2",
            "\"2026-03-01 09:00:02,o3,sell,0.01,99998,FILLED"); // an unclosed quote runs to the end of the line

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        var fill = file.Fills.Single();
        Assert.Equal(("o,1", "f\"1", 999.99m), (fill.OrderId, fill.FillId, fill.Notional));
        Assert.Equal(2, file.MalformedRows); // "99,998" is not a price; the unclosed row has one field
    }

    [Fact]
    public void Non_ascii_white_space_around_a_field_is_trimmed_and_other_text_kept_as_written()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "grvt_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-03-01 09:00:00,\u00A0o1\u3000,buy,0.01 ,99999,\tFILLED,-0.09999,-0.01,MAKER,OPEN,,100000,1,,fill-é",
            "2026-03-01 09:00:01,o2,sell,0.01,99998,FILLED,0.549989,0.055,TAKER,Close,IOC,100000,1,,fill-é"); // the same fill id

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        var fill = file.Fills.Single();
        Assert.Equal(("o1", "fill-é"), (fill.OrderId, fill.FillId));
        Assert.Equal(1, file.DuplicateRows);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        using var dir = new CsvFixtures();
        var longId = new string('x', 3 << 20);
        var path = dir.Write("grvt_BTC_orders.csv", [.. Rows, $"2026-03-01 09:00:03,{longId},buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,3,,f4"]);

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        Assert.Equal(longId, file.Fills.Single(f => f.FillId == "f4").OrderId);
        Assert.Equal(4, file.Fills.Count);
    }

    [Fact]
    public void The_run_read_from_a_client_ids_bytes_is_the_run_ClientOrderIds_gives()
    {
        var ids = new ClientOrderIds([1, 2, 3], new Random(7));
        var runs = new ClientRuns();
        string[] others = ["7312345678000000001", "7312345678x00000001", "731234567800000000", "42", "", "18446744073709551615", "9223372036854775807", "-1", "abc"];
        foreach (var id in Enumerable.Range(0, 200).Select(_ => ids.Next()).Concat(others))
        {
            Assert.Equal(ClientOrderIds.RunOf(id.Length == 0 ? null : id), runs.Of(Encoding.UTF8.GetBytes(id)));
        }
    }

    [Fact]
    public void A_plotted_book_of_many_fills_keeps_a_bounded_number_of_points_with_exact_totals()
    {
        var curve = new ChartCurve(new PairAccount("grvt", "BTC", null));
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var random = new Random(3);
        const int fills = 200_000;
        var order = Enumerable.Range(0, fills).OrderBy(_ => random.Next()).ToList(); // any order
        foreach (var i in order)
        {
            curve.Add(new FillFigures(start.AddMilliseconds(i * 700L), Core.Venue.Side.Buy, 0.01m, 100m + i % 7, 0.001m, null, null, null, null, null, ""));
        }

        var points = curve.Points();

        Assert.InRange(points.Count, ChartCurve.MaxMoments, 2 * ChartCurve.MaxMoments);
        Assert.Equal(start, points[0].Time);
        Assert.Equal((double)Enumerable.Range(0, fills).Sum(i => 0.01m * (100m + i % 7)), points[^1].Volume, 6);
        Assert.Equal(fills * 0.001, points[^1].Cost, 6);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.Time <= p.Second.Time && p.First.Volume <= p.Second.Volume));
        Assert.Equal(fills, curve.Fills);
    }

    [Fact]
    public void Ioc_closes_are_told_apart_by_run_and_cycle_whatever_the_cycle_number_and_order()
    {
        static FillFigures Close(string run, int? cycle, string method) =>
            new(DateTimeOffset.UnixEpoch, Core.Venue.Side.Sell, 1m, 1m, 0m, null, "CLOSE", method, null, cycle, run);
        FillFigures[] fills =
        [
            Close("a", 3, "ioc"), Close("a", 3, "ioc_fallback"), // partial
            Close("b", 3, "ioc"), // full: another run's cycle 3
            Close("a", null, "ioc_fallback"), Close("a", 0, "ioc"), // no cycle and cycle 0 are two closes: failed, full
            Close("a", -2, "ioc"), Close("a", 2_000_000_000, "ioc_fallback"), Close("a", 2_000_000_000, "ioc"), // full, partial
            Close("b", 70_000, "ioc_fallback"), Close("b", 1, "ioc"), // failed, full
        ];

        foreach (var order in new[] { fills, fills.Reverse().ToArray() })
        {
            var tally = new IocCloseTally();
            foreach (var fill in order)
            {
                tally.Add(string.IsInterned(fill.Run) is { } run ? fill with { Run = new string(run.AsSpan()) } : fill); // equal runs, not the same string
            }

            Assert.Equal(new IocCloseCount(Full: 4, Partial: 2, Failed: 2), tally.ToCount());
        }
    }

    private static string Report(string path) =>
        StatsJson.Write(StatsReport.From(StatsReading.Read([path], CsvFixtures.Utc, Now, null, null, withChart: false), Now, CsvFixtures.Utc));
}
