using System.Globalization;
using System.Text;
using VolumeBot.Cli.Reports;
using VolumeBot.Cli.Reports.Plot;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>`stats` reads row by row into running totals; what it reports is what reading every fill first gives.</summary>
public class StreamingStatsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Running_totals_give_the_same_report_as_the_fills_held_in_memory()
    {
        using var dir = new CsvFixtures();
        const string run = "7312345678";
        var journal = dir.Write(
            "grvt_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            $"2026-03-01 10:00:05.250+08:00,o3,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,2,{run}000000003,f3",
            $"2026-03-01 09:00:00,o1,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,1,{run}000000001,f1",
            $"2026-03-01T09:00:01.5Z,o2,sell,0.01,99998,FILLED,0.549989,0.055,TAKER,CLOSE,ioc,100000,1,{run}000000002,f2",
            $"2026-03-01 09:00:01,o2,sell,0.01,99998,FILLED,0.549989,0.055,TAKER,CLOSE,ioc,100000,1,{run}000000002,f2",
            $"2026-03-01 10:20:06,o4,sell,0.004,99998,FILLED,0.2199956,0.055,TAKER,CLOSE,ioc,100000,2,{run}000000004,f4",
            $"2026-03-01 10:20:06,o5,sell,0.006,99990,FILLED,0.329967,0.055,TAKER,CLOSE,ioc_fallback,,2,{run}000000005,f5",
            "2026-03-01 10:20:07,o6,sell,1e-3,99990,FILLED,0,0,TAKER,CLOSE,market,,3,,f6",
            "garbage");
        var python = dir.Write(
            "paradex_ETH_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole",
            "2026-02-28 10:00:00,A1,buy,0.02,3000,FILLED,0,0,",
            "2026-02-28 10:00:00,A1,buy,0.02,3000,FILLED,0.015,0.003,MAKER",
            "2026-03-01 10:00:03,C3,buy,0.01,3001,FILLED,0,0,");
        string[] paths = [python, journal];

        foreach (var (since, until) in new (DateTimeOffset?, DateTimeOffset?)[] { (null, null), (Now.AddHours(-1), Now.AddMinutes(-15)) })
        {
            var held = StatsReport.From(TradeHistory.Read(paths, CsvFixtures.Utc, since, until), Now, CsvFixtures.Utc, since, until);
            var streamed = StatsReport.From(StatsReading.Read(paths, CsvFixtures.Utc, Now, since, until, withChart: false), Now, CsvFixtures.Utc, since, until);
            Assert.Equal(StatsJson.Write(held), StatsJson.Write(streamed));
        }

        Assert.Equal(2, StatsReport.From(StatsReading.Read(paths, CsvFixtures.Utc, Now, null, null, false), Now, CsvFixtures.Utc).Books.Count);
    }

    [Fact]
    public void A_streamed_file_keeps_none_of_its_fills()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "grvt_ETH_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-03-01 09:00:00,o1,buy,0.1,3000,FILLED,0.01,0.003,MAKER,OPEN,,3000.5,1,,f1",
            "2026-03-01 09:00:01,o2,sell,0.1,3001,FILLED,0.01,0.003,TAKER,CLOSE,market,3000.5,1,,f2");
        var seen = new List<decimal>();

        var file = TradesCsvReader.Stream(path, CsvFixtures.Utc, (in FillFigures fill) => seen.Add(fill.Price));

        Assert.Empty(file.Fills);
        Assert.Equal([3000m, 3001m], seen);
    }

    [Fact]
    public void The_chart_is_the_same_whatever_order_the_fills_come_in()
    {
        using var dir = new CsvFixtures();
        var rows = Enumerable.Range(0, 40).Select(i =>
            $"2026-03-01 09:{i / 4:00}:{i % 2 * 7:00},o{i},{(i % 2 == 0 ? "buy" : "sell")},0.01,{3000 + i},FILLED,{(i % 5 == 0 ? "-0.01" : "0.02")},0.003,MAKER,OPEN,,3000,{i},,f{i}").ToList();
        var sorted = dir.Write("grvt_ETH_orders.csv", [CsvFixtures.JournalHeader, .. rows]);
        var shuffled = dir.Write("grvt_SOL_orders.csv", [CsvFixtures.JournalHeader, .. rows.Where((_, i) => i % 2 == 1), .. rows.Where((_, i) => i % 2 == 0).Reverse()]);

        var fromSorted = StatsReading.Read([sorted], CsvFixtures.Utc, Now, null, null, withChart: true).Curves!.Single().Points();
        var fromShuffled = StatsReading.Read([shuffled], CsvFixtures.Utc, Now, null, null, withChart: true).Curves!.Single().Points();

        Assert.Equal(fromSorted, fromShuffled);
        Assert.Equal(2 * 20, fromSorted.Count); // steps: two points per distinct time, and every time has two fills
        Assert.Equal((double)rows.Count * 0.01 * 3000 + 0.01 * Enumerable.Range(0, 40).Sum(), fromSorted[^1].Volume, 6);
        var png = Path.Combine(dir.Directory, "chart.png");
        CostChart.Save(StatsReading.Read([sorted, shuffled], CsvFixtures.Utc, Now, null, null, true).Curves!, CsvFixtures.Utc, png);
        Assert.True(new FileInfo(png).Length > 0);
    }

    [Theory]
    [InlineData("2026-03-01 09:00:00")]
    [InlineData("2026-03-01T09:00:00")]
    [InlineData("2026-03-01 09:00:00.1")]
    [InlineData("2026-03-01 09:00:00.1234567")]
    [InlineData("2026-03-01 09:00:00.123+08:00")]
    [InlineData("2026-03-01T23:59:59.999-05:30")]
    [InlineData("2024-02-29 00:00:00+14:00")]
    public void Fast_time_reading_equals_the_exact_formats(string text)
    {
        Assert.True(FillTime.TryParse(Encoding.UTF8.GetBytes(text), out var time, out var local));
        if (local is { } wallClock)
        {
            Assert.Equal(DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture), wallClock);
        }
        else
        {
            Assert.Equal(DateTimeOffset.ParseExact(text, ["yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture), time);
        }
    }

    [Theory]
    [InlineData("2026-02-30 09:00:00")]
    [InlineData("2026-03-01 24:00:00")]
    [InlineData("2026-03-01 09:00:00.")]
    [InlineData("2026-03-01 09:00:00.12345678")]
    [InlineData("2026-03-01 09:00:00+15:00")]
    [InlineData("2026-03-01 09:00:00Z")]
    [InlineData("2026-3-01 09:00:00")]
    public void Fast_time_reading_leaves_anything_else_to_the_exact_formats(string text) =>
        Assert.False(FillTime.TryParse(Encoding.UTF8.GetBytes(text), out _, out _));

    [Theory]
    [InlineData("0.01")]
    [InlineData("-0.08549973")]
    [InlineData("95000.10")]
    [InlineData("007")]
    [InlineData(".5")]
    [InlineData("9999999999999999999")]
    [InlineData("0.000")]
    public void Fast_number_reading_equals_decimal_parse_digit_for_digit(string text)
    {
        Assert.True(PlainDecimal.TryParse(Encoding.UTF8.GetBytes(text), out var value));
        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e-3")]
    [InlineData("+1")]
    [InlineData("-0")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("99999999999999999999")]
    [InlineData("")]
    public void Fast_number_reading_leaves_anything_else_to_decimal_parse(string text) =>
        Assert.False(PlainDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Fill_ids_are_told_apart_and_repeated_ones_found_as_the_set_grows()
    {
        var ids = new FillIdSet(expected: 4);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(ids.Add(Encoding.UTF8.GetBytes($"t-{i}")));
        }

        for (var i = 0; i < 10_000; i += 7)
        {
            Assert.False(ids.Add(Encoding.UTF8.GetBytes($"t-{i}")));
        }

        Assert.True(ids.Add("t-10000"u8));
    }
}
