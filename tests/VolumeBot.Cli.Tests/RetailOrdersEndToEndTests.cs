using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VolumeBot.Emulators.Paradex;
using Xunit.Abstractions;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// Issue 13: the real program with --order-class retail against the Paradex emulator, killed in the middle and
/// restarted in the same directory: every fill is fee-free (the account never leaves Retail) and no Retail window is
/// ever exceeded, because the budget file carried the first run's orders into the second.
/// </summary>
public partial class RetailOrdersEndToEndTests(ITestOutputHelper output)
{
    private static readonly string[] Args =
        ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--order-class", "retail", "--no-live"];

    [Fact]
    public async Task Retail_run_killed_and_restarted_fills_at_zero_fee_inside_every_window()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 61 });
        var directory = Directory.CreateTempSubdirectory("volumebot-retail-").FullName;
        try
        {
            using (var first = new VolumebotProcess([.. Args, "--max-cycles", "1000"], emulator.EnvironmentFor(), workingDirectory: directory))
            {
                var closed = first.WaitForOutputAsync("[CLOSE] close_method=");
                Assert.True(await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(90))) == closed, $"the first run closed no cycle\n{first.Stdout}{first.Stderr}");
                await Task.Delay(new Random(61).Next(0, 1500)); // anywhere in the next cycle
                first.Signal("KILL");
                Assert.Equal(137, await first.WaitForExitAsync(30));
                output.WriteLine(first.Stdout);
                Assert.Contains("Order class: Retail (interactive token): 0 % maker and taker fees, 300 ms speed bump", first.Stdout, StringComparison.Ordinal);
                Assert.Contains("order budget Paradex Retail less 5 %: 2 per 1 s, 28 per 60 s, 285 per 1 h, 950 per 24 h", first.Stdout, StringComparison.Ordinal);
                Assert.Contains("0 orders of the last 24 h counted from", first.Stdout, StringComparison.Ordinal);
                Assert.Contains("Account fee rates (Paradex, Retail orders on the interactive token): maker 0 bps, taker 0 bps", first.Stdout, StringComparison.Ordinal);
                Assert.DoesNotContain("differ from fee profile", first.Stdout, StringComparison.Ordinal);
            }

            var budgetFile = Assert.Single(Directory.GetFiles(Path.Combine(directory, "logs"), "paradex_*_order_budget.json"));
            var countedByFirst = Counted(budgetFile);
            var sentByFirst = emulator.Retail.MostIn(TimeSpan.FromDays(1));
            Assert.True(countedByFirst >= sentByFirst && sentByFirst > 0, $"the file counted {countedByFirst}, the venue saw {sentByFirst}");

            using var second = new VolumebotProcess([.. Args, "--max-cycles", "2"], emulator.EnvironmentFor(), workingDirectory: directory);
            // the restart may first wait up to a minute for the first run's orders to leave the 60 s window
            var exit = await second.WaitForExitAsync(240);
            output.WriteLine(second.Stdout + second.Stderr);
            Assert.True(exit == 0, second.Stdout + second.Stderr);
            var loaded = int.Parse(LoadedLine().Match(second.Stdout).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(countedByFirst, loaded); // the restart started from the first run's count, not from zero

            var rows = File.ReadAllLines(Path.Combine(directory, "logs", "paradex_BTC_orders.csv"));
            var header = rows[0].Split(',');
            var fees = rows.Skip(1).Select(r => decimal.Parse(r.Split(',')[Array.IndexOf(header, "Fee")], CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(fees);
            Assert.All(fees, fee => Assert.Equal(0m, fee));
            Assert.All(emulator.Fills(), fill => Assert.Equal(0m, fill.Fee));
            Assert.Equal(emulator.Fills().Count, fees.Count);

            Assert.False(emulator.Retail.IsDemoted(emulator.Account.Id), "the account went past a Retail limit");
            foreach (var (window, limit) in emulator.Retail.Limits)
            {
                Assert.True(emulator.Retail.MostIn(window) <= limit, $"{emulator.Retail.MostIn(window)} actions in {window}, limit {limit}");
            }

            Assert.True(Counted(budgetFile) >= emulator.Retail.MostIn(TimeSpan.FromDays(1)), "every action the venue saw was counted first");
            Assert.True(emulator.Stats.InteractiveTokens >= 2);
            Assert.Equal(0m, emulator.Position());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Counted(string budgetFile) => JsonNode.Parse(File.ReadAllText(budgetFile))!["sent"]!.AsArray().Count;

    [GeneratedRegex(@"(\d+) orders of the last 24 h counted from")]
    private static partial Regex LoadedLine();
}
