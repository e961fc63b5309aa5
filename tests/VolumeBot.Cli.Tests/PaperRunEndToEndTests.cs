using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace VolumeBot.Cli.Tests;

/// <summary>The built program in paper mode, judged by what a trader sees: exit code, CSV, log, summary.</summary>
public class PaperRunEndToEndTests
{
    [Fact]
    public async Task Boost_ioc_paper_run_completes_its_cycles_with_consistent_csv_log_and_summary()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--paper", "--max-cycles", "3", "--seed", "7"]);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        var csv = Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_orders.csv");
        var log = Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_activity.log");
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole,", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Contains(r[5], new[] { "FILLED", "PARTIALLY_FILLED" }));
        Assert.All(rows, r => Assert.True(decimal.Parse(r[4], CultureInfo.InvariantCulture) > 0));
        Assert.Equal(rows.Count, rows.Select(r => r[14]).Distinct().Count()); // one row per fill id

        var summary = run.Stdout;
        Assert.Contains("INFO - [PARADEX_BTC] PAPER trading, no real orders on paradex BTC: quantity 0.01, boost mode, close by IOC", summary.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Cycles: 3 ", summary, StringComparison.Ordinal);
        var fills = int.Parse(Regex.Match(summary, @"Fills: (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(fills, rows.Count);
        var volume = decimal.Parse(Regex.Match(summary, @"Volume: [\d.]+ base, ([\d.]+) USDT").Groups[1].Value, CultureInfo.InvariantCulture);
        var awkVolume = decimal.Parse(Awk(csv, "NR>1 {sum+=$5*$4} END {printf \"%.6f\", sum}"), CultureInfo.InvariantCulture);
        Assert.InRange(awkVolume - volume, -0.005m, 0.005m); // the summary shows cents
        Assert.Matches(@"Total cost: -?[\d.]+ USDT \(-?[\d.]+ bps of volume\)", summary);
        Assert.Matches(@"IOC closes: full \d+, partial \d+, failed \d+", summary);

        var logLines = File.ReadAllLines(log);
        Assert.Equal(3, logLines.Count(l => Regex.IsMatch(l, "close_method=ioc_(success|partial|failed)")));
        Assert.All(logLines, l => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} - (INFO|WARNING|ERROR) - \[PARADEX_BTC\] ", l));
        var savings = logLines.Where(l => l.Contains("estimated_savings", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(savings);
        Assert.All(savings, l => decimal.Parse(l.Split(' ')[^1], CultureInfo.InvariantCulture));
        Assert.Contains(logLines, l => l.Contains("=== Run summary ===", StringComparison.Ordinal));

        // issue 8 item 12: the CSV's cycles are the summary's, its times carry milliseconds and the offset, the summary is logged once
        Assert.Equal(3, rows.Max(r => int.Parse(r[12], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$", r[0]));
        Assert.DoesNotContain(logLines, l => l.Contains(" - WARNING - ", StringComparison.Ordinal) && l.Contains("Run summary", StringComparison.Ordinal));
        Assert.Single(logLines, l => l.Contains("ALERT: [PARADEX_BTC] run ended: MaxCycles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sigterm_stops_gracefully_with_a_summary_and_no_open_position()
    {
        using var run = new VolumebotProcess(["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--wait-time", "0", "--paper"]);
        await run.WaitForOutputAsync("Placed post-only").WaitAsync(TimeSpan.FromSeconds(60));
        run.Signal("TERM");
        var exit = await run.WaitForExitAsync();

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Starting graceful shutdown: StopRequested", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("=== Run summary ===", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" - ERROR - ", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_activity.log")));
    }

    [Fact]
    public async Task Account_name_and_time_zone_shape_the_files_and_timestamps()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "eth", "--quantity", "0.1", "--boost", "--wait-time", "0", "--paper", "--max-cycles", "1"],
            new Dictionary<string, string> { ["ACCOUNT_NAME"] = "acct1", ["TIMEZONE"] = "UTC" });
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        var log = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_acct1_activity.log"));
        var stamp = DateTime.ParseExact(log[0][..23], "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
        Assert.InRange(DateTime.UtcNow - stamp, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.True(File.Exists(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_acct1_orders.csv")));
    }

    [Fact]
    public async Task Interrupt_stops_gracefully_with_a_summary()
    {
        using var run = new VolumebotProcess(["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--paper"]);
        await run.WaitForOutputAsync("Placed post-only").WaitAsync(TimeSpan.FromSeconds(60));
        run.Signal("INT");
        var exit = await run.WaitForExitAsync();

        Assert.True(exit == 0, $"exit {exit}: {run.Stdout}");
        Assert.Contains("Stop requested", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("=== Run summary ===", run.Stdout, StringComparison.Ordinal);
    }

    private static string Awk(string file, string program)
    {
        var awk = Process.Start(new ProcessStartInfo("awk", ["-F,", program, file]) { RedirectStandardOutput = true })!;
        var output = awk.StandardOutput.ReadToEnd();
        awk.WaitForExit();
        return output.Trim();
    }
}
