using System.Text.RegularExpressions;
using VolumeBot.Cli.Journal;
using VolumeBot.Cli.Logging;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Tests;

public class OutputFilesTests
{
    [Fact] // scenario 33
    public void File_names_carry_venue_ticker_and_account()
    {
        var files = RunFiles.For("logs", "paradex", "btc", "acct1");
        Assert.Equal(Path.Combine("logs", "paradex_BTC_acct1_activity.log"), files.ActivityLog);
        Assert.Equal(Path.Combine("logs", "paradex_BTC_acct1_orders.csv"), files.TradesCsv);
        Assert.Equal(Path.Combine("logs", "grvt_ETH_orders.csv"), RunFiles.For("logs", "grvt", "ETH", null).TradesCsv);
    }

    [Fact] // scenario 33
    public void Csv_header_is_written_once_and_runs_append()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vb-{Guid.NewGuid():N}.csv");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var record = new TradeRecord(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 123, TimeSpan.Zero), "o1", Side.Sell, 0.0100m, 99999.90m, "FILLED", -0.0001m, -0.0001m, LiquidityRole.Maker, "CLOSE", "ioc", 100000m, 4, "c1", "f1");
        try
        {
            using (var journal = new CsvTradeJournal(path, zone))
            {
                journal.Append(record);
            }

            using (var journal = new CsvTradeJournal(path, zone))
            {
                journal.Append(record with { FillId = "f2" });
            }

            var lines = File.ReadAllLines(path);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole,", lines[0], StringComparison.Ordinal);
            Assert.Equal("2026-01-01 08:00:00.123+08:00,o1,sell,0.01,99999.9,FILLED,-0.0001,-0.0001,MAKER,CLOSE,ioc,100000,4,c1,f1", lines[1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact] // scenario 33
    public void Log_lines_follow_the_python_format_in_the_time_zone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vb-{Guid.NewGuid():N}.log");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        using (var logger = ActivityLogFactory.Create(path, "PARADEX_BTC", zone))
        {
            logger.Information("{Text:l}", "hello 0.01");
            logger.Warning("{Text:l}", "careful");
        }

        var lines = File.ReadAllLines(path);
        Assert.Matches(new Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} - INFO - \[PARADEX_BTC\] hello 0\.01$"), lines[0]);
        Assert.Matches(new Regex(@" - WARNING - \[PARADEX_BTC\] careful$"), lines[1]);
        var stamp = DateTime.ParseExact(lines[0][..23], "yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
        var shanghaiNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime;
        Assert.InRange(shanghaiNow - stamp, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        File.Delete(path);
    }
}
