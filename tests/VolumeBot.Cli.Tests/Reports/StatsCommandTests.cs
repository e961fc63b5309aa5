using System.Text.Json;
using VolumeBot.Cli.Commands;
using VolumeBot.Cli.Reports.Plot;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>`volumebot stats` in-process, on a fixed clock and the test's own directory.</summary>
public class StatsCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Json_output_has_one_entry_per_book_with_the_documented_fields()
    {
        using var dir = new CsvFixtures();
        WriteTwoAccounts(dir);

        var (exit, stdout, stderr) = await RunAsync(dir, "stats", "--json", "--timezone", "UTC");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("UTC", root.GetProperty("timeZone").GetString());
        Assert.Equal(1, root.GetProperty("skippedRows").GetProperty("malformed").GetInt32());
        Assert.Contains("malformed", stderr, StringComparison.Ordinal);
        var books = root.GetProperty("books").EnumerateArray().ToList();
        Assert.Equal(["alice", "bob"], books.Select(b => b.GetProperty("account").GetString()));
        var alice = books[0];
        string[] fields =
        [
            "venue", "ticker", "account", "fills", "baseVolume", "quoteVolume", "maker", "taker", "fees", "feesWithoutRole", "fillsWithoutFee", "feeClasses",
            "slippage", "totalCost", "costBps", "iocCloses", "today", "currentHour", "lastHour", "averagePerDay", "averagePerHour", "firstFill", "lastFill",
        ];
        Assert.Equal(fields, alice.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, alice.GetProperty("fills").GetInt32());
        Assert.Equal(1000.5m, alice.GetProperty("quoteVolume").GetDecimal());
        Assert.Equal(0.015m - 0.0225m, alice.GetProperty("fees").GetDecimal());
        Assert.Equal(-0.0075m - 0.005m, alice.GetProperty("totalCost").GetDecimal()); // fees, and the open bought 0.5 below the mid
        Assert.Equal(0.5m, alice.GetProperty("maker").GetProperty("share").GetDecimal(), 3);
        Assert.Equal(1000.5m, alice.GetProperty("currentHour").GetProperty("quoteVolume").GetDecimal());
        Assert.Equal("2026-03-01T11:30:00+00:00", alice.GetProperty("firstFill").GetString());
        Assert.Equal(JsonValueKind.Null, books[1].GetProperty("slippage").ValueKind);
    }

    [Fact]
    public async Task Table_names_every_book_and_the_figures_a_trader_reads()
    {
        using var dir = new CsvFixtures();
        WriteTwoAccounts(dir);

        var (exit, stdout, _) = await RunAsync(dir, "stats", "--timezone", "UTC");

        Assert.Equal(0, exit);
        Assert.Contains("paradex BTC alice", stdout, StringComparison.Ordinal);
        Assert.Contains("paradex BTC bob", stdout, StringComparison.Ordinal);
        Assert.Contains("Wear rate (bps of volume)", stdout, StringComparison.Ordinal);
        Assert.Contains("1,000.50", stdout, StringComparison.Ordinal);
        Assert.Contains("Per hour (whole hours, first to last fill)", stdout, StringComparison.Ordinal); // not the summary's per hour of run time
    }

    [Fact]
    public async Task Plot_writes_a_png_of_the_chart_size()
    {
        using var dir = new CsvFixtures();
        WriteTwoAccounts(dir);

        var (exit, _, stderr) = await RunAsync(dir, "stats", "--plot", "out/chart.png", "--json");

        Assert.True(exit == 0, stderr);
        var png = File.ReadAllBytes(Path.Combine(dir.Directory, "out", "chart.png"));
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(CostChart.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(CostChart.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(png.Length > 10_000, "a chart with text and lines, not a blank image");
    }

    [Fact]
    public async Task No_matching_file_and_bad_window_are_errors_not_crashes()
    {
        using var dir = new CsvFixtures();

        var (missing, _, missingError) = await RunAsync(dir, "stats");
        WriteTwoAccounts(dir);
        var (badWindow, _, windowError) = await RunAsync(dir, "stats", "--since", "yesterday-ish");

        Assert.Equal(1, missing);
        Assert.Contains("no trades CSV matches", missingError, StringComparison.Ordinal);
        Assert.Equal(1, badWindow);
        Assert.Contains("--since", windowError, StringComparison.Ordinal);
    }

    private static void WriteTwoAccounts(CsvFixtures dir)
    {
        dir.Write(
            "paradex_BTC_alice_orders.csv",
            CsvFixtures.JournalHeader,
            "2026-03-01 11:30:00,1,buy,0.01,50000,FILLED,0.015,0.003,MAKER,OPEN,,50000.5,1,7312345678000000001,f1",
            "2026-03-01 11:30:01,2,sell,0.01,50050,FILLED,-0.0225,-0.0045,TAKER,CLOSE,market,50050,1,7312345678000000002,f2",
            "garbage,row");
        dir.Write("paradex_BTC_bob_orders.csv", "Timestamp,OrderID,Side,Quantity,Price,Status", "2026-03-01 09:00:00,1,buy,0.02,50000,FILLED");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(CsvFixtures dir, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = StatsCommand.Build(new FixedClock(Now), output, error, dir.Directory);
        var exit = await command.Parse(args[1..]).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }
}
