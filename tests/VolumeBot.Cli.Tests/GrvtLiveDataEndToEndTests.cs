using System.Globalization;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Tests;

/// <summary>
/// The built program paper trading on GRVT's public market data, served by a GRVT emulator started here: no key
/// variables, fills simulated locally, nothing sent to the venue but public reads.
/// </summary>
public class GrvtLiveDataEndToEndTests
{
    [Fact]
    public async Task Paper_run_on_live_grvt_data_needs_no_keys_and_sends_no_order()
    {
        await using var emulator = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            // orders would be checked against this signer; none must arrive
            SignerAddress = "0x0000000000000000000000000000000000000001",
            // a bid that holds for a few polls and busy takers: paper orders fill from the tape within a second or two
            Market = MarketModelOptions.ForTicker("grvt", "ETH") with
            {
                StepInterval = TimeSpan.FromMilliseconds(50), TickMoveProbability = 0.02, TopLevelSize = 1m, TakerArrivalProbability = 0.6,
            },
        });
        var environment = new Dictionary<string, string>
        {
            ["GRVT_ENVIRONMENT"] = "testnet",
            ["GRVT_MARKET_DATA_URL"] = emulator.BaseAddress.ToString(),
        };

        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--wait-time", "0", "--paper", "--live-data", "--max-cycles", "2"],
            environment,
            timeoutSeconds: 60);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_orders.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[8] == "MAKER"); // a resting paper order filled from the venue's public data
        Assert.Equal(0m, rows.Sum(r => (r[2] == "buy" ? 1 : -1) * decimal.Parse(r[3], CultureInfo.InvariantCulture)));
        Assert.True(emulator.Requests("instrument") >= 1);
        Assert.True(emulator.Requests("book") >= 2);
        Assert.True(emulator.Requests("trade") >= 2);
        Assert.Equal(0, emulator.Logins);
        Assert.Equal(0, emulator.Requests("create_order"));
        Assert.Empty(emulator.AcceptedOrders);
        Assert.Equal(0m, emulator.Position);
    }

    [Fact]
    public async Task An_unknown_grvt_environment_is_one_clear_error_line()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--paper", "--live-data"],
            new Dictionary<string, string> { ["GRVT_ENVIRONMENT"] = "mainnet" },
            timeoutSeconds: 30);
        using var _ = run;

        Assert.NotEqual(0, exit);
        Assert.Equal("Error: GRVT_ENVIRONMENT must be one of prod, testnet, staging, dev, not 'mainnet'", run.Stderr.Trim());
        Assert.DoesNotContain(" at ", run.Stdout, StringComparison.Ordinal); // no stack trace
    }
}
