using System.Globalization;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Tests;

/// <summary>Each --close tactic through the built program and the real venue clients, against each venue emulator.</summary>
public class CloseTacticEndToEndTests
{
    internal const string GrvtKey = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

    internal const string GrvtApiKey = "cli-e2e-api-key";

    public static TheoryData<string, string[]> Tactics => new()
    {
        { "market", ["market"] },
        { "ioc", ["ioc", "ioc_fallback"] },
        { "layered-ioc", ["ioc_layer1", "ioc_layer2", "ioc_fallback"] },
        { "maker-first", ["maker", "maker_fallback"] },
    };

    [Theory]
    [MemberData(nameof(Tactics))]
    public async Task Boost_run_on_paradex_ends_flat_with_the_csv_equal_to_the_venue_fills(string tactic, string[] methods)
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 31 });
        var (exit, run) = await VolumebotProcess.RunAsync(Args("paradex", "BTC", "0.01", tactic), emulator.EnvironmentFor(), timeoutSeconds: 150);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0m, emulator.Position());
        var rows = Rows(Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_orders.csv"));
        var fills = emulator.Fills().ToDictionary(f => f.FillId);
        Assert.Equal(fills.Keys.Order(), rows.Select(r => r["FillID"]).Order());
        foreach (var row in rows)
        {
            var fill = fills[row["FillID"]];
            Assert.Equal((fill.Quantity, fill.Price, fill.Fee, fill.ClientOrderId), (D(row["Quantity"]), D(row["Price"]), D(row["Fee"]), row["ClientOrderID"]));
        }

        AssertCloseMethods(rows, methods);
    }

    [Theory]
    [MemberData(nameof(Tactics))]
    public async Task Boost_run_on_grvt_ends_flat_with_the_csv_equal_to_the_venue_fills(string tactic, string[] methods)
    {
        await using var emulator = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            SignerAddress = EthereumKey.FromHex(GrvtKey).Address,
            ApiKey = GrvtApiKey,
            ChainId = GrvtChainId.Testnet,
            Market = MarketModelOptions.ForTicker("grvt", "ETH") with { StepInterval = TimeSpan.FromMilliseconds(20), TopLevelSize = 1m, TakerArrivalProbability = 0.5 },
        });
        var (exit, run) = await VolumebotProcess.RunAsync(Args("grvt", "ETH", "0.1", tactic), GrvtEmulatorEnvironment.For(emulator, GrvtKey, GrvtApiKey), timeoutSeconds: 150);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0m, emulator.Position);
        var rows = Rows(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_orders.csv"));
        var fills = emulator.Fills.ToDictionary(f => f.TradeId);
        Assert.Equal(fills.Keys.Order(), rows.Select(r => r["FillID"]).Order());
        foreach (var row in rows)
        {
            var fill = fills[row["FillID"]];
            Assert.Equal((fill.Size, fill.Price, fill.Fee, fill.ClientOrderId), (D(row["Quantity"]), D(row["Price"]), D(row["Fee"]), row["ClientOrderID"]));
        }

        AssertCloseMethods(rows, methods);
    }

    [Fact]
    public async Task Two_sided_run_on_paradex_ends_flat_with_the_csv_equal_to_the_venue_fills()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 31 });
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--strategy", "two-sided", "--max-inventory-time", "3", "--maker-close-timeout", "2", "--max-cycles", "2", "--no-live"],
            emulator.EnvironmentFor(),
            timeoutSeconds: 150);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0m, emulator.Position());
        var rows = Rows(Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_orders.csv"));
        Assert.Equal(emulator.Fills().Select(f => f.FillId).Order(), rows.Select(r => r["FillID"]).Order());
        Assert.True(rows.Count(r => r["Side"] == "buy") >= 2 && rows.Count(r => r["Side"] == "sell") >= 2, string.Join("\n", rows.Select(r => r["Side"])));
    }

    [Fact]
    public async Task Two_sided_run_on_grvt_ends_flat_with_the_csv_equal_to_the_venue_fills()
    {
        await using var emulator = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            SignerAddress = EthereumKey.FromHex(GrvtKey).Address,
            ApiKey = GrvtApiKey,
            ChainId = GrvtChainId.Testnet,
            Market = MarketModelOptions.ForTicker("grvt", "ETH") with { StepInterval = TimeSpan.FromMilliseconds(20), TopLevelSize = 1m, TakerArrivalProbability = 0.5 },
        });
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--strategy", "two-sided", "--max-inventory-time", "3", "--maker-close-timeout", "2", "--max-cycles", "2", "--no-live"],
            GrvtEmulatorEnvironment.For(emulator, GrvtKey, GrvtApiKey),
            timeoutSeconds: 150);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0m, emulator.Position);
        var rows = Rows(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_orders.csv"));
        Assert.Equal(emulator.Fills.Select(f => f.TradeId).Order(), rows.Select(r => r["FillID"]).Order());
    }

    private static string[] Args(string venue, string ticker, string quantity, string tactic) =>
        ["--exchange", venue, "--ticker", ticker, "--quantity", quantity, "--boost", "--close", tactic, "--wait-time", "0", "--max-cycles", "2", "--no-live",
            .. tactic == "maker-first" ? new[] { "--maker-close-timeout", "2" } : []];

    /// <summary>Every close row carries one of the tactic's close methods.</summary>
    private static void AssertCloseMethods(List<Dictionary<string, string>> rows, string[] methods)
    {
        var closes = rows.Where(r => r["Role"] == "CLOSE").ToList();
        Assert.NotEmpty(closes);
        Assert.All(closes, r => Assert.Contains(r["CloseMethod"], methods));
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f => header.Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
