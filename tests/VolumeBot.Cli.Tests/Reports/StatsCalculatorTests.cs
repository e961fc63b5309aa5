using VolumeBot.Cli.Reports;

namespace VolumeBot.Cli.Tests.Reports;

public class StatsCalculatorTests
{
    [Fact]
    public void Stats_service_sample_gives_its_pinned_totals_and_averages()
    {
        // bot-behaviour.md §7: 2 x 100 on 2024-01-01 10:00, 1 x 50 on 2024-01-02 12:00, a CANCELED row ignored, now 2024-01-02 18:00
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_BTC_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status",
            "2024-01-01 10:00:00,1,buy,1,100,FILLED",
            "2024-01-01 10:00:00,2,sell,1,100,FILLED",
            "2024-01-01 11:00:00,3,buy,5,100,CANCELED",
            "2024-01-02 12:00:00,4,buy,1,50,FILLED");
        var now = new DateTimeOffset(2024, 1, 2, 18, 0, 0, TimeSpan.Zero);

        var book = Report(now, path).Books.Single();

        Assert.Equal(250m, book.QuoteVolume);
        Assert.Equal(50m, book.Today.QuoteVolume);
        Assert.Equal(125m, book.AveragePerDay.QuoteVolume);
        Assert.Equal("9.62", book.AveragePerHour.QuoteVolume.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)); // 250 / 26 h
        Assert.Equal(0m, book.CurrentHour.QuoteVolume);
        Assert.Equal(0m, book.LastHour.QuoteVolume);
        Assert.Null(book.Slippage);
        Assert.Equal(3, book.FillsWithoutFee);
    }

    [Fact]
    public void Journal_rows_give_fees_by_role_slippage_cost_and_ioc_outcomes()
    {
        using var dir = new CsvFixtures();
        const string run = "7312345678";
        var path = dir.Write(
            "grvt_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            // cycle 1: maker open, IOC fills all -> full
            $"2026-03-01 09:00:00,o1,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,1,{run}000000001,f1",
            $"2026-03-01 09:00:01,o2,sell,0.01,99998,FILLED,0.549989,0.055,TAKER,CLOSE,ioc,100000,1,{run}000000002,f2",
            // cycle 2: IOC part, market the rest -> partial
            $"2026-03-01 09:00:05,o3,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,2,{run}000000003,f3",
            $"2026-03-01 09:00:06,o4,sell,0.004,99998,FILLED,0.2199956,0.055,TAKER,CLOSE,ioc,100000,2,{run}000000004,f4",
            $"2026-03-01 09:00:06,o5,sell,0.006,99990,FILLED,0.329967,0.055,TAKER,CLOSE,ioc_fallback,100000,2,{run}000000005,f5",
            // cycle 3: IOC filled nothing, market only -> failed
            $"2026-03-01 09:00:10,o6,buy,0.01,99999,FILLED,-0.09999,-0.01,MAKER,OPEN,,100000,3,{run}000000006,f6",
            $"2026-03-01 09:00:11,o8,sell,0.01,99990,FILLED,0.549945,0.055,TAKER,CLOSE,ioc_fallback,100000,3,{run}000000008,f8");
        var now = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

        var book = Report(now, path).Books.Single();

        Assert.Equal(7, book.Fills);
        Assert.Equal(0.06m, book.BaseVolume);
        var volume = 3 * 999.99m + 999.98m + 0.004m * 99998 + 0.006m * 99990 + 999.9m;
        Assert.Equal(volume, book.QuoteVolume);
        Assert.Equal(-0.29997m, book.MakerFees);
        Assert.Equal(0.549989m + 0.2199956m + 0.329967m + 0.549945m, book.TakerFees);
        // opens bought 1 below mid (gain 0.01 each); closes sold 2, 2, 10 and 10 below mid
        var slippage = -0.03m + 0.02m + 0.004m * 2 + 0.006m * 10 + 0.1m;
        Assert.Equal(slippage, book.Slippage);
        Assert.Equal(book.Fees + slippage, book.TotalCost);
        Assert.Equal(book.TotalCost / volume * 10_000m, book.CostBps);
        Assert.Equal(new IocCloseCount(1, 1, 1), book.IocCloses);
        Assert.Equal(0.5m, book.MakerShare!.Value, 2);
    }

    [Fact]
    public void Time_buckets_follow_the_fixed_clock_and_the_report_zone()
    {
        using var dir = new CsvFixtures();
        // now is 2026-03-02 01:30 in Shanghai (2026-03-01 17:30 UTC): only the first fill is "today" there
        var path = dir.Write(
            "paradex_ETH_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole",
            "2026-03-02 01:00:00,1,buy,1,1000,FILLED,0.03,0.003,MAKER", // 30 min ago: current hour
            "2026-03-01 23:59:59,2,sell,1,2000,FILLED,0.9,0.045,TAKER", // 90 min ago: last hour
            "2026-03-01 22:00:00,3,buy,1,4000,FILLED,1.8,0.045,TAKER"); // 3.5 h ago
        var now = new DateTimeOffset(2026, 3, 1, 17, 30, 0, TimeSpan.Zero);

        var book = Report(now, CsvFixtures.Shanghai, path).Books.Single();

        Assert.Equal(new VolumeCost(1000m, 0.03m), book.Today);
        Assert.Equal(new VolumeCost(1000m, 0.03m), book.CurrentHour);
        Assert.Equal(new VolumeCost(2000m, 0.9m), book.LastHour);
        Assert.Equal(7000m / 2, book.AveragePerDay.QuoteVolume); // two calendar days in Shanghai
        Assert.Equal(7000m / 3, book.AveragePerHour.QuoteVolume); // 3 h between first and last fill
    }

    [Fact]
    public void Two_accounts_on_the_same_pair_stay_two_books()
    {
        using var dir = new CsvFixtures();
        var a = dir.Write("paradex_BTC_alice_orders.csv", "Timestamp,OrderID,Side,Quantity,Price,Status", "2026-03-01 10:00:00,1,buy,0.01,50000,FILLED");
        var b = dir.Write("paradex_BTC_bob_orders.csv", "Timestamp,OrderID,Side,Quantity,Price,Status", "2026-03-01 10:00:00,1,buy,0.02,50000,FILLED");
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        var books = Report(now, a, b).Books;

        Assert.Equal(["alice", "bob"], books.Select(x => x.Pair.Account));
        Assert.Equal([500m, 1000m], books.Select(x => x.QuoteVolume));
    }

    [Fact]
    public void Since_and_until_keep_the_fills_inside_the_window()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_BTC_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status",
            "2026-03-01 09:00:00,1,buy,1,100,FILLED",
            "2026-03-01 10:00:00,2,buy,1,200,FILLED",
            "2026-03-01 11:00:00,3,buy,1,400,FILLED");
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.True(ReportTime.TryParse("2026-03-01 10:00", now, CsvFixtures.Utc, out var since));
        Assert.True(ReportTime.TryParse("90m", now, CsvFixtures.Utc, out var until));

        var history = TradeHistory.Read([path], CsvFixtures.Utc, since, until);

        Assert.Equal(200m, StatsReport.From(history, now, CsvFixtures.Utc).Books.Single().QuoteVolume);
    }

    [Fact]
    public void Ioc_closes_of_two_runs_appended_to_one_file_are_not_merged_by_cycle_number()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-03-01 09:00:01,1,sell,0.01,50000,FILLED,0.225,0.045,TAKER,CLOSE,ioc,50000,1,7311111111000000002,a2",
            "2026-03-01 10:00:01,2,sell,0.01,50000,FILLED,0.225,0.045,TAKER,CLOSE,ioc_fallback,50000,1,7322222222000000002,b2");
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new IocCloseCount(1, 0, 1), Report(now, path).Books.Single().IocCloses);
    }

    private static StatsReport Report(DateTimeOffset now, params string[] paths) => Report(now, CsvFixtures.Utc, paths);

    private static StatsReport Report(DateTimeOffset now, TimeZoneInfo zone, params string[] paths) =>
        StatsReport.From(TradeHistory.Read(paths, zone), now, zone);
}
