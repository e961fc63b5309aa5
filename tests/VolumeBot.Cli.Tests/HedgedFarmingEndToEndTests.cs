using System.Globalization;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Tests;

/// <summary>--hedge-exchange through the built program and both real venue clients, against both emulators at once.</summary>
public class HedgedFarmingEndToEndTests
{
    private const string GrvtKey = CloseTacticEndToEndTests.GrvtKey;

    private const string GrvtApiKey = CloseTacticEndToEndTests.GrvtApiKey;

    [Fact]
    public async Task Paradex_hedged_on_grvt_ends_flat_on_both_with_each_csv_equal_to_its_venues_fills()
    {
        await using var paradex = await Paradex();
        await using var grvt = await Grvt();
        var (exit, run) = await VolumebotProcess.RunAsync(Args, Environment(paradex, grvt), timeoutSeconds: 180);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        AssertFlatWithCsvsEqualToFills(run, paradex, grvt);
    }

    [Fact]
    public async Task Grvt_hedged_on_paradex_ends_flat_on_both_with_each_csv_equal_to_its_venues_fills()
    {
        await using var paradex = await Paradex();
        await using var grvt = await Grvt();
        string[] args = ["--exchange", "grvt", "--hedge-exchange", "paradex", .. Args.Skip(4)];
        var (exit, run) = await VolumebotProcess.RunAsync(args, Environment(paradex, grvt), timeoutSeconds: 180);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        AssertFlatWithCsvsEqualToFills(run, paradex, grvt, hedgedOn: "paradex");
    }

    [Fact]
    public async Task A_lost_hedge_answer_and_a_dropped_grvt_socket_leave_nothing_open_and_no_hedge_twice()
    {
        await using var paradex = await Paradex();
        await using var grvt = await Grvt();
        grvt.Faults.TimeOutNextCreateOrder(); // the first hedge is carried out, its answer never comes
        using var run = new VolumebotProcess(Args, Environment(paradex, grvt));
        await run.WaitForOutputAsync("[HEDGE] Cycle 1:");
        grvt.DropWebSockets(TimeSpan.FromSeconds(1));
        var exit = await run.WaitForExitAsync(180);

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("looking the order up", run.Stdout, StringComparison.Ordinal);
        AssertFlatWithCsvsEqualToFills(run, paradex, grvt);
    }

    [Fact]
    public async Task A_hedge_venue_that_stops_taking_orders_closes_the_open_leg_and_exits_1_saying_what_is_open_where()
    {
        await using var paradex = await Paradex();
        await using var grvt = await Grvt();
        grvt.Faults.ServerErrorNext(100_000, "create_order");
        var (exit, run) = await VolumebotProcess.RunAsync(Args, Environment(paradex, grvt), timeoutSeconds: 240);
        using var _ = run;

        Assert.True(exit == 1, run.Stdout + run.Stderr);
        Assert.Equal((0m, 0m), (paradex.Position(), grvt.Position));
        Assert.Contains("open now: paradex BTC-USD-PERP 0 (by this run's fills), grvt BTC_USDT_Perp 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(run.Stdout.Split('\n'), l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains("Trading halted: the hedge of", StringComparison.Ordinal));
    }

    internal static string[] Args =>
        ["--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--hold-time", "1", "--maker-close-timeout", "2", "--max-cycles", "2", "--no-live"];

    internal static Task<ParadexEmulator> Paradex() => ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 31 });

    internal static Task<GrvtEmulator> Grvt() => GrvtEmulator.StartAsync(new GrvtEmulatorOptions
    {
        SignerAddress = EthereumKey.FromHex(GrvtKey).Address,
        ApiKey = GrvtApiKey,
        ChainId = GrvtChainId.Testnet,
        Ticker = "BTC",
        Market = MarketModelOptions.ForTicker("grvt", "BTC") with { StepInterval = TimeSpan.FromMilliseconds(20), TakerArrivalProbability = 0.5 },
    });

    internal static Dictionary<string, string> Environment(ParadexEmulator paradex, GrvtEmulator grvt)
    {
        var environment = new Dictionary<string, string>(paradex.EnvironmentFor());
        foreach (var (name, value) in GrvtEmulatorEnvironment.For(grvt, GrvtKey, GrvtApiKey))
        {
            environment[name] = value;
        }

        return environment;
    }

    private static void AssertFlatWithCsvsEqualToFills(VolumebotProcess run, ParadexEmulator paradex, GrvtEmulator grvt, string hedgedOn = "grvt")
    {
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        var (paradexRows, grvtRows) = AssertNothingOpenWithCsvsEqualToFills(run, paradex, grvt);
        var hedgeRows = hedgedOn == "grvt" ? grvtRows : paradexRows;
        Assert.Equal(0.02m, hedgeRows.Where(r => r["Side"] == "sell").Sum(r => D(r["Quantity"]))); // both opens hedged, none twice
    }

    /// <summary>Flat on both venues, no order of the bot left on either, and each CSV holds exactly its venue's fills; returns the rows.</summary>
    internal static (List<Dictionary<string, string>> Paradex, List<Dictionary<string, string>> Grvt) AssertNothingOpenWithCsvsEqualToFills(VolumebotProcess run, ParadexEmulator paradex, GrvtEmulator grvt)
    {
        Assert.True((paradex.Position(), grvt.Position) == (0m, 0m), $"open: paradex {paradex.Position()}, grvt {grvt.Position}\n{run.Stdout}");
        Assert.Empty(grvt.OpenOrders);
        Assert.Empty(paradex.Engine().OpenOrders(paradex.Account.Id));
        return AssertCsvEqualsFills(run, paradex, grvt);
    }

    /// <summary>Each venue's CSV holds exactly that venue's fills, each once, with its size and price; returns the rows.</summary>
    internal static (List<Dictionary<string, string>> Paradex, List<Dictionary<string, string>> Grvt) AssertCsvEqualsFills(VolumebotProcess run, ParadexEmulator paradex, GrvtEmulator grvt)
    {
        var logs = Path.Combine(run.WorkingDirectory, "logs");
        var paradexRows = Rows(Path.Combine(logs, "paradex_BTC_orders.csv"));
        var paradexFills = paradex.Fills().ToDictionary(f => f.FillId);
        Assert.Equal(paradexFills.Keys.Order(), paradexRows.Select(r => r["FillID"]).Order());
        Assert.All(paradexRows, r => Assert.Equal((paradexFills[r["FillID"]].Quantity, paradexFills[r["FillID"]].Price), (D(r["Quantity"]), D(r["Price"]))));
        var grvtRows = Rows(Path.Combine(logs, "grvt_BTC_orders.csv"));
        var grvtFills = grvt.Fills.ToDictionary(f => f.TradeId);
        Assert.Equal(grvtFills.Keys.Order(), grvtRows.Select(r => r["FillID"]).Order());
        Assert.All(grvtRows, r => Assert.Equal((grvtFills[r["FillID"]].Size, grvtFills[r["FillID"]].Price), (D(r["Quantity"]), D(r["Price"]))));
        return (paradexRows, grvtRows);
    }

    internal static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f => header.Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    internal static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
