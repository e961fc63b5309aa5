using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// `--paper --live-data --hedge-exchange`: both paper markets driven by each venue's own public data (here both
/// emulators, each at its own price level), no keys, nothing sent to either venue but public reads.
/// </summary>
public class HedgedLiveDataEndToEndTests
{
    [Fact]
    public async Task A_hedged_paper_run_on_both_venues_live_data_trades_each_venues_own_book_without_keys()
    {
        await using var paradex = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc with { InitialMid = 64_000m }], Seed = 47 });
        await using var grvt = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            SignerAddress = "0x0000000000000000000000000000000000000001", // orders would be checked against this signer; none must arrive
            Ticker = "BTC",
            Market = MarketModelOptions.ForTicker("grvt", "BTC") with
            {
                InitialMid = 66_000m, StepInterval = TimeSpan.FromMilliseconds(50), TickMoveProbability = 0.02, TakerArrivalProbability = 0.6,
            },
        });
        var environment = new Dictionary<string, string>
        {
            ["PARADEX_ENVIRONMENT"] = "testnet",
            ["PARADEX_REST_URL"] = paradex.RestUrl.ToString(),
            ["GRVT_ENVIRONMENT"] = "testnet",
            ["GRVT_MARKET_DATA_URL"] = grvt.BaseAddress.ToString(),
        };

        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--paper", "--live-data", "--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--hold-time", "1", "--maker-close-timeout", "2", "--max-cycles", "1", "--no-live"],
            environment,
            timeoutSeconds: 120);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Paper trading on paradex's and grvt's live public market data", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cycles: 1 ", run.Stdout, StringComparison.Ordinal);
        var logs = Path.Combine(run.WorkingDirectory, "logs");
        var paradexRows = HedgedFarmingEndToEndTests.Rows(Path.Combine(logs, "paradex_BTC_orders.csv"));
        var grvtRows = HedgedFarmingEndToEndTests.Rows(Path.Combine(logs, "grvt_BTC_orders.csv"));
        Assert.All(paradexRows, r => Assert.InRange(HedgedFarmingEndToEndTests.D(r["Price"]), 63_000m, 65_000m)); // Paradex's own book
        Assert.All(grvtRows, r => Assert.InRange(HedgedFarmingEndToEndTests.D(r["Price"]), 65_000m, 67_000m)); // GRVT's own book
        foreach (var rows in new[] { paradexRows, grvtRows })
        {
            Assert.Equal(0.01m, rows.Where(r => r["Side"] == "buy").Sum(r => HedgedFarmingEndToEndTests.D(r["Quantity"])));
            Assert.Equal(0.01m, rows.Where(r => r["Side"] == "sell").Sum(r => HedgedFarmingEndToEndTests.D(r["Quantity"])));
        }

        Assert.True(paradex.Stats.TradeReads > 0 && grvt.Requests("trade") > 0, "a venue's trade tape was never read");
        Assert.Empty(paradex.Orders());
        Assert.Equal((0, 0, 0), (paradex.Stats.PrivateRequests, paradex.Stats.AuthRequests, paradex.Stats.WebSocketConnections));
        Assert.Equal((0, 0), (grvt.Logins, grvt.Requests("create_order")));
        Assert.Empty(grvt.AcceptedOrders);
    }
}
