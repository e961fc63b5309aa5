using System.Globalization;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Tests;

/// <summary>The built program trading live on GRVT, with the environment pointing at a GRVT emulator started here.</summary>
public class GrvtCliEndToEndTests
{
    /// <summary>A throwaway key used only against the emulator.</summary>
    private const string PrivateKey = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

    private const string ApiKey = "cli-e2e-api-key";

    [Fact]
    public async Task Boost_ioc_run_on_grvt_completes_with_a_csv_matching_the_venue_fills()
    {
        await using var emulator = await StartBusyEmulatorAsync();
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--use-ioc", "--wait-time", "0", "--max-cycles", "3"],
            GrvtEmulatorEnvironment.For(emulator, PrivateKey, ApiKey),
            timeoutSeconds: 120);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 3 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Account fee rates (GRVT, tier 1): maker 2.7 bps, taker 5.5 bps", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("differ from fee profile", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateKey[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
        // the client logs through Microsoft.Extensions.Logging; the CLI's Serilog writes its lines in the run's format
        var opened = run.Stdout.Split('\n').Where(l => l.Contains("GRVT session opened", StringComparison.Ordinal)).ToList();
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} - INFO - \[GRVT_ETH\] GRVT session opened; it expires at \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\r?$", Assert.Single(opened));
        Assert.Equal(0m, emulator.Position);
        var rows = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "logs", "grvt_ETH_orders.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var fills = emulator.Fills.ToDictionary(f => f.TradeId);
        Assert.Equal(fills.Count, rows.Count);
        foreach (var row in rows)
        {
            var fill = fills[row[14]];
            Assert.Equal(fill.OrderId, row[1]);
            Assert.Equal(fill.Side.ToString().ToLowerInvariant(), row[2]);
            Assert.Equal(fill.Size, decimal.Parse(row[3], CultureInfo.InvariantCulture));
            Assert.Equal(fill.Price, decimal.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.Equal(fill.Fee, decimal.Parse(row[6], CultureInfo.InvariantCulture));
            Assert.Equal(fill.IsTaker ? "TAKER" : "MAKER", row[8]);
            Assert.Equal(fill.ClientOrderId, row[13]);
        }
    }

    [Fact]
    public async Task A_boost_ioc_run_on_grvt_prices_every_close_from_the_streamed_book_without_a_rest_book_read()
    {
        await using var emulator = await StartBusyEmulatorAsync();
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--use-ioc", "--wait-time", "0", "--max-cycles", "4"],
            GrvtEmulatorEnvironment.For(emulator, PrivateKey, ApiKey),
            timeoutSeconds: 120);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 4 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[CLOSE_IOC] Attempting IOC order", run.Stdout, StringComparison.Ordinal);
        Assert.Equal((0, 0), (emulator.Requests("book"), emulator.Requests("mini")));
        Assert.Equal(1, emulator.BookStreamConnections);
    }

    /// <summary>An ETH market whose takers fill a boost open within a cycle or two.</summary>
    private static Task<GrvtEmulator> StartBusyEmulatorAsync() => GrvtEmulator.StartAsync(new GrvtEmulatorOptions
    {
        SignerAddress = EthereumKey.FromHex(PrivateKey).Address,
        ApiKey = ApiKey,
        ChainId = GrvtChainId.Testnet,
        Market = MarketModelOptions.ForTicker("grvt", "ETH") with { StepInterval = TimeSpan.FromMilliseconds(20), TopLevelSize = 1m, TakerArrivalProbability = 0.5 },
    });

    [Fact]
    public async Task A_wrong_but_well_formed_key_stops_the_run_at_once_with_exit_code_1_and_one_clear_line()
    {
        var registered = EthereumKey.FromHex("0x" + new string('5', 64)); // the venue knows another signer
        await using var emulator = await GrvtEmulator.StartAsync(new GrvtEmulatorOptions
        {
            SignerAddress = registered.Address,
            ApiKey = ApiKey,
            ChainId = GrvtChainId.Testnet,
        });
        var started = DateTime.UtcNow;

        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost", "--wait-time", "0", "--max-cycles", "100"],
            GrvtEmulatorEnvironment.For(emulator, PrivateKey, ApiKey),
            timeoutSeconds: 60);
        using var _ = run;

        var output = run.Stdout + run.Stderr;
        Assert.True(exit == 1, $"exit {exit}: {output}");
        Assert.Equal(1, emulator.Requests("create_order"));
        var error = Assert.Single(output.Split('\n'), l => l.Contains(" - ERROR - ", StringComparison.Ordinal));
        Assert.Contains("Trading halted: the venue does not accept the bot's keys or account", error, StringComparison.Ordinal);
        Assert.Contains("Signature is from an unauthorized signer", error, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), $"took {DateTime.UtcNow - started}");
        Assert.DoesNotContain(PrivateKey[2..], output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_grvt_environment_is_one_clear_error_line()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1", "--boost"],
            new Dictionary<string, string>
            {
                ["GRVT_ENVIRONMENT"] = "mainnet",
                ["GRVT_TRADING_ACCOUNT_ID"] = "8289849667772468",
                ["GRVT_PRIVATE_KEY"] = PrivateKey,
                ["GRVT_API_KEY"] = ApiKey,
            },
            timeoutSeconds: 60);
        using var _ = run;

        Assert.NotEqual(0, exit);
        Assert.Contains("GRVT_ENVIRONMENT must be one of prod, testnet, staging, dev", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateKey[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
