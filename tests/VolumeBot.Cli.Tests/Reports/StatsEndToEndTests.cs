using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace VolumeBot.Cli.Tests.Reports;

/// <summary>The built program: a paper run, then `volumebot stats --json` in the same working directory.</summary>
public class StatsEndToEndTests
{
    [Fact]
    public async Task Stats_over_a_paper_runs_csv_show_the_volume_fees_and_cost_of_its_summary()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--paper", "--max-cycles", "3", "--seed", "11"]);
        using var _ = run;
        Assert.True(exit == 0, run.Stdout + run.Stderr);

        var (statsExit, stdout, stderr) = await RunInAsync(run.WorkingDirectory, "stats", "--json");

        Assert.True(statsExit == 0, stdout + stderr);
        using var json = JsonDocument.Parse(stdout);
        var book = json.RootElement.GetProperty("books").EnumerateArray().Single();
        var summary = run.Stdout;
        Assert.Equal(Number(summary, @"Fills: (\d+)"), book.GetProperty("fills").GetDecimal());
        Assert.Equal(Text(summary, @"Volume: ([\d.]+) base"), Format(book.GetProperty("baseVolume"), "0.########"));
        Assert.Equal(Text(summary, @"Volume: [\d.]+ base, ([\d.]+) USDT"), Format(book.GetProperty("quoteVolume"), "0.00"));
        var fees = Regex.Match(summary, @"Fees: maker (-?[\d.]+) USDT, taker (-?[\d.]+) USDT, total (-?[\d.]+) USDT");
        Assert.Equal(fees.Groups[1].Value, Format(book.GetProperty("maker").GetProperty("fees"), "0.0000"));
        Assert.Equal(fees.Groups[2].Value, Format(book.GetProperty("taker").GetProperty("fees"), "0.0000"));
        Assert.Equal(fees.Groups[3].Value, Format(book.GetProperty("fees"), "0.0000"));
        Assert.Equal(Text(summary, @"Slippage vs reference mid: (-?[\d.]+) USDT"), Format(book.GetProperty("slippage"), "0.0000"));
        var cost = Regex.Match(summary, @"Total cost: (-?[\d.]+) USDT \((-?[\d.]+) bps of volume\)");
        Assert.Equal(cost.Groups[1].Value, Format(book.GetProperty("totalCost"), "0.0000"));
        Assert.Equal(cost.Groups[2].Value, Format(book.GetProperty("costBps"), "0.00"));
        var ioc = Regex.Match(summary, @"IOC closes: full (\d+), partial (\d+), failed (\d+)");
        var closes = book.GetProperty("iocCloses");
        Assert.Equal(
            $"{ioc.Groups[1].Value}/{ioc.Groups[2].Value}/{ioc.Groups[3].Value}",
            $"{closes.GetProperty("full")}/{closes.GetProperty("partial")}/{closes.GetProperty("failed")}");
    }

    private static string Text(string summary, string pattern)
    {
        var match = Regex.Match(summary, pattern);
        Assert.True(match.Success, $"'{pattern}' not in the summary: {summary}");
        return match.Groups[1].Value;
    }

    private static decimal Number(string summary, string pattern) => decimal.Parse(Text(summary, pattern), CultureInfo.InvariantCulture);

    private static string Format(JsonElement value, string format) => value.GetDecimal().ToString(format, CultureInfo.InvariantCulture);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunInAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "volumebot.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
