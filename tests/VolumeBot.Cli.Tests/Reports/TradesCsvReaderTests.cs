using VolumeBot.Cli.Reports;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Tests.Reports;

public class TradesCsvReaderTests
{
    [Fact]
    public void Old_whole_second_timestamps_and_new_ones_with_milliseconds_and_offset_are_both_read()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-01-05 18:00:00,o1,buy,0.01,50000,FILLED,0.015,0.003,MAKER,OPEN,,50000,1,c1,f1", // an older file: the reader's zone
            "2026-01-05 18:00:00.250+08:00,o2,sell,0.01,50000,FILLED,0.225,0.045,TAKER,CLOSE,market,50000,1,c2,f2", // as written
            "2026-01-05T10:00:01.5+00:00,o3,buy,0.01,50000,FILLED,0.015,0.003,MAKER,OPEN,,50000,2,c3,f3");

        var file = TradesCsvReader.Read(path, CsvFixtures.Shanghai);

        Assert.Equal(0, file.MalformedRows);
        Assert.Equal(
            [
                new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 1, 5, 10, 0, 0, 250, TimeSpan.Zero),
                new DateTimeOffset(2026, 1, 5, 10, 0, 1, 500, TimeSpan.Zero),
            ],
            file.Fills.Select(f => f.Time.ToUniversalTime()));
    }

    [Fact]
    public void The_journals_timestamps_read_back_to_the_millisecond_whatever_zone_stats_uses()
    {
        using var dir = new CsvFixtures();
        var time = new DateTimeOffset(2026, 3, 1, 23, 59, 59, 987, TimeSpan.Zero);
        var stamp = Journal.CsvTradeJournal.Timestamp(time, CsvFixtures.Shanghai);
        var path = dir.Write("paradex_BTC_orders.csv", CsvFixtures.JournalHeader, $"{stamp},o1,buy,0.01,50000,FILLED,0.015,0.003,MAKER,OPEN,,50000,1,c1,f1");

        Assert.Equal("2026-03-02 07:59:59.987+08:00", stamp);
        Assert.Equal(time, TradesCsvReader.Read(path, CsvFixtures.Utc).Fills.Single().Time);
    }

    [Fact]
    public void Python_nine_column_file_counts_each_fill_once_and_keeps_orders_that_only_have_an_order_event_row()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_BTC_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole",
            "2026-01-05 10:00:00,A1,buy,0.02,50000,FILLED,0,0,", // order event of A1 ...
            "2026-01-05 10:00:00,A1,buy,0.01,50000,FILLED,0.015,0.003,MAKER", // ... and its two fills
            "2026-01-05 10:00:01,A1,buy,0.01,50000,PARTIALLY_FILLED,0.015,0.003,MAKER",
            "2026-01-05 10:00:02,B2,sell,0.02,49990,FILLED,0.4499,0.045,Taker", // fill row first, event row after
            "2026-01-05 10:00:02,B2,sell,0.02,0,FILLED,0,0,",
            "2026-01-05 10:00:03,C3,buy,0.01,50010,FILLED,0,0,", // no fill rows: counts from its event row
            "2026-01-05 10:00:04,D4,buy,0.01,50000,CANCELED,0,0,");

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        Assert.Equal(4, file.Fills.Count);
        Assert.Equal(0.05m, file.Fills.Sum(f => f.Quantity));
        Assert.Equal(500m + 500m + 999.8m + 500.1m, file.Fills.Sum(f => f.Notional));
        Assert.Equal(0.4799m, file.Fills.Sum(f => f.Fee ?? 0));
        Assert.Equal(2, file.DuplicateRows);
        Assert.Equal(1, file.OrderEventRows);
        Assert.Equal(0, file.MalformedRows);
        Assert.Equal(LiquidityRole.Taker, file.Fills.Single(f => f.OrderId == "B2").Role);
        Assert.Null(file.Fills.Single(f => f.OrderId == "C3").Fee);
    }

    [Fact]
    public void Six_column_header_with_nine_field_rows_reads_the_fees_of_the_longer_rows()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "grvt_ETH_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status",
            "2026-01-05 10:00:00,1,buy,1,3000,FILLED",
            "2026-01-05 10:00:05,2,sell,1,3001,FILLED,1.65,0.055,TAKER");

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        Assert.Equal(6001m, file.Fills.Sum(f => f.Notional));
        Assert.Equal([null, 1.65m], file.Fills.Select(f => f.Fee));
    }

    [Fact]
    public void Malformed_rows_are_skipped_and_counted_without_throwing()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write(
            "paradex_ETH_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-01-05 10:00:00,1,buy,1,3000,FILLED,0.09,0.003,MAKER,OPEN,,3000.5,1,7312345678000000001,f1",
            "not a csv row at all",
            "2026-13-45 10:00:00,2,buy,1,3000,FILLED,0.09,0.003,MAKER,OPEN,,3000.5,1,7312345678000000002,f2",
            "2026-01-05 10:00:01,3,hold,1,3000,FILLED,0.09,0.003,MAKER,OPEN,,3000.5,1,7312345678000000003,f3",
            "2026-01-05 10:00:02,4,sell,abc,3000,FILLED,1.35,0.045,TAKER,CLOSE,market,3000.5,1,7312345678000000004,f4",
            "2026-01-05 10:00:03,5,sell,1,3000,FILLED,x,0.045,TAKER,CLOSE,market,3000.5,1,7312345678000000005,f5",
            "2026-01-05 10:00:04,6,sell,1,-3000,FILLED,1.35,0.045,TAKER,CLOSE,market,3000.5,1,7312345678000000006,f6",
            "\"2026-01-05 10:00:05,7,sell,1,3000,FILLED",
            "2026-01-05 10:00:06,8,sell,1,2999,FILLED,1.35,0.045,TAKER,CLOSE,market,3000.5,1,7312345678000000008,f8",
            "2026-01-05 10:00:06,8,sell,1,2999,FILLED,1.35,0.045,TAKER,CLOSE,market,3000.5,1,7312345678000000008,f8");

        var file = TradesCsvReader.Read(path, CsvFixtures.Utc);

        Assert.Equal(["f1", "f8"], file.Fills.Select(f => f.FillId));
        Assert.Equal(7, file.MalformedRows);
        Assert.Equal(1, file.DuplicateRows); // the repeated fill id
        Assert.Equal(3, file.FirstMalformedLine);
        Assert.Null(file.ReadError);
    }

    [Fact]
    public void Timestamps_are_read_in_the_given_zone()
    {
        using var dir = new CsvFixtures();
        var path = dir.Write("paradex_BTC_orders.csv", "Timestamp,OrderID,Side,Quantity,Price,Status", "2026-01-05 18:00:00,1,buy,0.01,50000,FILLED");

        var fill = TradesCsvReader.Read(path, CsvFixtures.Shanghai).Fills.Single();

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), fill.Time.ToUniversalTime());
    }

    [Theory]
    [InlineData("logs/paradex_BTC_orders.csv", "paradex", "BTC", null)]
    [InlineData("grvt_ETH_acct_1_orders.csv", "grvt", "ETH", "acct_1")]
    [InlineData("/x/Paradex_sol_main_orders.csv", "paradex", "SOL", "main")]
    public void Venue_ticker_and_account_come_from_the_file_name(string path, string venue, string ticker, string? account) =>
        Assert.Equal(new PairAccount(venue, ticker, account), PairAccount.FromFileName(path));
}
