using System.Globalization;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;
using Xunit.Abstractions;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// Issue 9 item 1: the real program killed with SIGKILL at seeded random moments of its cycles, its open orders left
/// on a busy book to fill while it is dead, restarted in the same directory each time: in the end the trades CSV holds
/// every fill the venue made, each once.
/// </summary>
public class KillAndRestartEndToEndTests(ITestOutputHelper output)
{
    private const int Kills = 4;
    private const string GrvtKey = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";
    private const string GrvtApiKey = "cli-kill-api-key";

    [Fact]
    public async Task Paradex_csv_equals_the_venues_fills_after_kills_and_restarts()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 53 });

        var (rows, log) = await KillAndRestartAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0"],
            emulator.EnvironmentFor(),
            "paradex_BTC_orders.csv",
            seed: 53,
            whileDead: n => emulator.Engine().Submit("another-trader", new OrderRequest($"kill-taker-{n}", Side.Sell, OrderKind.Market, 0.01m, null)));

        var venue = emulator.Fills().ToDictionary(f => f.FillId);
        AssertSameFills(venue.Keys, rows, log);
        foreach (var row in rows)
        {
            var fill = venue[row.FillId];
            Assert.Equal((fill.Quantity, fill.Price, fill.Fee, fill.ClientOrderId), (row.Quantity, row.Price, row.Fee, row.ClientOrderId));
        }

        Assert.Equal(0m, emulator.Position());
    }

    [Fact]
    public async Task Grvt_csv_equals_the_venues_fills_after_kills_and_restarts()
    {
        await using var emulator = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            SignerAddress = EthereumKey.FromHex(GrvtKey).Address,
            ApiKey = GrvtApiKey,
            ChainId = GrvtChainId.Testnet,
            Seed = 59,
            Market = MarketModelOptions.ForTicker("grvt", "ETH") with { StepInterval = TimeSpan.FromMilliseconds(20), TopLevelSize = 1m, TakerArrivalProbability = 0.5 },
        });
        var environment = GrvtEmulatorEnvironment.For(emulator, GrvtKey, GrvtApiKey);

        var (rows, log) = await KillAndRestartAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--use-ioc", "--wait-time", "0"],
            environment,
            "grvt_ETH_orders.csv",
            seed: 59,
            // the sell sweeps the top three levels (1 each): the activity log reaches stdout from a background worker, so
            // by the kill a busier bid than the dead run's may have come on top of it
            whileDead: n => emulator.Engine.Submit("another-trader", new OrderRequest($"kill-taker-{n}", Side.Sell, OrderKind.Market, 3m, null)));

        var venue = emulator.Fills.ToDictionary(f => f.TradeId);
        AssertSameFills(venue.Keys, rows, log);
        foreach (var row in rows)
        {
            var fill = venue[row.FillId];
            Assert.Equal((fill.Size, fill.Price, fill.Fee, fill.ClientOrderId), (row.Quantity, row.Price, row.Fee, row.ClientOrderId));
        }

        Assert.Equal(0m, emulator.Position);
    }

    private void AssertSameFills(IEnumerable<string> venueFillIds, IReadOnlyList<CsvRow> rows, string log)
    {
        output.WriteLine($"{Kills} kills: {rows.Count} rows, {rows.Count(r => r.CloseMethod == "recovered")} of them recovered at a restart");
        Assert.True(rows.Select(r => r.FillId).Order().SequenceEqual(venueFillIds.Order()), $"CSV fill ids differ from the venue's\n{log}");
        Assert.Contains(rows, r => r.CloseMethod == "recovered"); // fills were made while the bot was dead: the restarts found them
    }

    /// <summary>Kills the program <see cref="Kills"/> times at seeded moments, then lets one run finish; returns the CSV rows.</summary>
    /// <param name="whileDead">Another trader's market sell while the program is dead: it fills the dead run's resting
    /// post-only buy (the best bid, one tick inside), so every restart has fills to recover whatever the load.</param>
    private static async Task<(IReadOnlyList<CsvRow> Rows, string Log)> KillAndRestartAsync(string[] args, IReadOnlyDictionary<string, string> environment, string csvName, int seed, Action<int> whileDead)
    {
        var directory = Directory.CreateTempSubdirectory("volumebot-kill-").FullName;
        var random = new Random(seed);
        var log = new System.Text.StringBuilder();
        try
        {
            for (var kill = 0; kill < Kills; kill++)
            {
                using var run = new VolumebotProcess([.. args, "--max-cycles", "1000"], environment, workingDirectory: directory);
                var placed = run.WaitForOutputAsync("Placed post-only");
                if (await Task.WhenAny(placed, Task.Delay(TimeSpan.FromSeconds(90))) != placed)
                {
                    Assert.Fail($"run {kill} placed no order\n{run.Stdout}{run.Stderr}");
                }

                // the first kill lands while the first open rests, so the market sell while dead fills it and the restart has
                // a fill to recover however fast the cycles run; the others anywhere in a cycle: resting open, close in
                // flight, row being written
                var delay = random.Next(0, 1500);
                await Task.Delay(kill == 0 ? 0 : delay);
                run.Signal("KILL");
                Assert.Equal(137, await run.WaitForExitAsync(30));
                log.Append(run.Stdout).AppendLine("----- SIGKILL -----");
                whileDead(kill);
                await Task.Delay(TimeSpan.FromSeconds(1)); // the flow may fill more meanwhile
            }

            using var last = new VolumebotProcess([.. args, "--max-cycles", "1"], environment, workingDirectory: directory);
            var exit = await last.WaitForExitAsync(120);
            log.Append(last.Stdout).Append(last.Stderr);
            Assert.True(exit == 0, log.ToString());
            var lines = File.ReadAllLines(Path.Combine(directory, "logs", csvName));
            var header = lines[0].Split(',');
            int Column(string name) => Array.IndexOf(header, name);
            var rows = lines.Skip(1).Select(l => l.Split(',')).Select(f => new CsvRow(
                f[Column("FillID")],
                decimal.Parse(f[Column("Quantity")], CultureInfo.InvariantCulture),
                decimal.Parse(f[Column("Price")], CultureInfo.InvariantCulture),
                decimal.Parse(f[Column("Fee")], CultureInfo.InvariantCulture),
                f[Column("ClientOrderID")],
                f[Column("CloseMethod")])).ToList();
            return (rows, log.ToString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed record CsvRow(string FillId, decimal Quantity, decimal Price, decimal Fee, string ClientOrderId, string CloseMethod);
}
