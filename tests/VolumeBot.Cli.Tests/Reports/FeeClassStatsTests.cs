using System.Text.Json;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>Issue 13: `stats` shows fee-free (Retail) fills apart from fee-paying (Pro) ones.</summary>
public class FeeClassStatsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Fee_free_fills_are_counted_apart_from_fee_paying_ones()
    {
        using var dir = new CsvFixtures();
        dir.Write(
            "paradex_BTC_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-03-01 11:30:00,1,buy,0.01,50000,FILLED,0,0,MAKER,OPEN,,50000.5,1,7312345678000000001,f1",
            "2026-03-01 11:30:01,2,sell,0.01,50000,FILLED,0,0,TAKER,CLOSE,ioc,50000,1,7312345678000000002,f2",
            "2026-03-01 11:31:00,3,buy,0.01,50000,FILLED,0.015,0.00003,MAKER,OPEN,,50000.5,2,7312345678000000003,f3",
            "2026-03-01 11:31:01,4,sell,0.02,50000,FILLED,0.45,0.00045,TAKER,CLOSE,market,50000,2,7312345678000000004,f4");

        var (exit, stdout) = await RunAsync(dir, "--json", "--timezone", "UTC");
        var (tableExit, table) = await RunAsync(dir, "--timezone", "UTC");

        Assert.Equal((0, 0), (exit, tableExit));
        var classes = JsonDocument.Parse(stdout).RootElement.GetProperty("books")[0].GetProperty("feeClasses");
        Assert.Equal(2, classes.GetProperty("feeFreeFills").GetInt32());
        Assert.Equal(1000m, classes.GetProperty("feeFreeQuoteVolume").GetDecimal());
        Assert.Equal(2, classes.GetProperty("feePayingFills").GetInt32());
        Assert.Equal(1500m, classes.GetProperty("feePayingQuoteVolume").GetDecimal());
        Assert.Equal(0.465m, classes.GetProperty("feePayingFees").GetDecimal());
        Assert.Contains("Fee-free fills (Retail): fills / volume", table, StringComparison.Ordinal);
        Assert.Contains("2 / 1,000.00", table, StringComparison.Ordinal);
        Assert.Contains("2 / 1,500.00 / 0.4650", table, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout)> RunAsync(CsvFixtures dir, params string[] args)
    {
        var output = new StringWriter();
        var exit = await StatsCommand.Build(new FixedClock(Now), output, new StringWriter(), dir.Directory).Parse(args).InvokeAsync();
        return (exit, output.ToString());
    }
}
