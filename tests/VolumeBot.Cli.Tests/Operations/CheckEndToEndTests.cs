using VolumeBot.Emulators.Grvt;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Cli.Tests.Operations;

/// <summary>`volumebot check` against both emulators: the report of a ready account, and each reason it is not.</summary>
public class CheckEndToEndTests
{
    private const string GrvtKey = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

    private const string GrvtApiKey = "check-e2e-api-key";

    [Fact]
    public async Task A_ready_paradex_account_is_reported_and_nothing_is_placed()
    {
        await using var emulator = await ParadexEmulator.StartAsync();

        var (exit, run) = await VolumebotProcess.RunAsync(["check", "--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01"], emulator.EnvironmentFor(), timeoutSeconds: 60);
        using var _ = run;

        AssertReady(exit, run, "BTC-USD-PERP", "maker 0.3 bps, taker 4.5 bps", "0.01");

        Assert.Empty(emulator.Orders());
        Assert.DoesNotContain(emulator.Account.PrivateKeyHex[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Paradex_refusals_each_exit_1_with_their_reason_and_no_secret()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var stranger = emulator.AddAccount("0x" + new string('3', 60), onboarded: false);
        var missing = new Dictionary<string, string>(emulator.EnvironmentFor());
        missing.Remove("PARADEX_L2_PRIVATE_KEY");
        var wrongKey = new Dictionary<string, string>(emulator.EnvironmentFor(stranger)) { ["PARADEX_L2_ADDRESS"] = emulator.Account.Id };
        (string[] Args, IReadOnlyDictionary<string, string> Environment, string Reason)[] cases =
        [
            (["--ticker", "BTC"], missing, "needs PARADEX_L2_PRIVATE_KEY"),
            (["--ticker", "BTC"], wrongKey, "The venue refused the keys"),
            (["--ticker", "BTC"], emulator.EnvironmentFor(stranger), "is not onboarded"),
            (["--ticker", "DOGE"], emulator.EnvironmentFor(), "DOGE"),
            (["--ticker", "BTC", "--quantity", "100"], emulator.EnvironmentFor(), "needs"),
        ];

        foreach (var (args, environment, reason) in cases)
        {
            var (exit, run) = await VolumebotProcess.RunAsync(["check", "--exchange", "paradex", .. args], environment, timeoutSeconds: 60);
            using var _ = run;

            Assert.True(exit == 1, $"{reason}: exit {exit}: {run.Stdout}{run.Stderr}");
            Assert.Contains(reason, run.OnlyErrorLine(), StringComparison.Ordinal);
            Assert.DoesNotContain("Ready", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(stranger.PrivateKeyHex[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(emulator.Account.PrivateKeyHex[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(emulator.Orders());
    }

    [Fact]
    public async Task Check_with_a_config_file_validates_it_on_the_venue_and_names_a_bad_key()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var directory = Directory.CreateTempSubdirectory("volumebot-check-config-").FullName;
        var good = Path.Combine(directory, "account1.toml");
        var bad = Path.Combine(directory, "account2.toml");
        await File.WriteAllTextAsync(good, "exchange = \"paradex\"\nticker = \"BTC\"\nquantity = 0.02\nboost = true\nmax-cycles = 5\n");
        await File.WriteAllTextAsync(bad, "exchange = \"paradex\"\nquantity = 0.02\nmax-cylces = 5\n");
        try
        {
            var (exit, run) = await VolumebotProcess.RunAsync(["check", "--config", good], emulator.EnvironmentFor(), timeoutSeconds: 60);
            using (run)
            {
                Assert.True(exit == 0, run.Stdout + run.Stderr);
                Assert.Contains("Ready: a live run with --quantity 0.02", run.Stdout, StringComparison.Ordinal);
                Assert.Empty(emulator.Orders());
            }

            var authBefore = emulator.Stats.AuthRequests;
            var (badExit, badRun) = await VolumebotProcess.RunAsync(["check", "--config", bad], emulator.EnvironmentFor(), timeoutSeconds: 60);
            using (badRun)
            {
                Assert.Equal(2, badExit);
                Assert.Contains($"{bad}: unknown key 'max-cylces'", badRun.OnlyErrorLine(), StringComparison.Ordinal);
                Assert.Equal(authBefore, emulator.Stats.AuthRequests); // refused before the venue is contacted
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_account_without_margin_is_not_ready()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { FreeCollateral = 0m });

        var (exit, run) = await VolumebotProcess.RunAsync(["check", "--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01"], emulator.EnvironmentFor(), timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("the account has no margin: free collateral is 0 USDT", run.OnlyErrorLine(), StringComparison.Ordinal);
        Assert.Contains("  Account: free collateral 0 USDT", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ready_grvt_account_is_reported_and_nothing_is_placed()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtOptions());

        var (exit, run) = await VolumebotProcess.RunAsync(["check", "--exchange", "grvt", "--ticker", "ETH", "--quantity", "0.1"], GrvtEmulatorEnvironment.For(emulator, GrvtKey, GrvtApiKey), timeoutSeconds: 60);
        using var _ = run;

        AssertReady(exit, run, "ETH_USDT_Perp", "maker 2.7 bps, taker 5.5 bps", "0.1");

        Assert.Equal(0, emulator.Requests("create_order"));
        Assert.Equal(0, emulator.Requests("cancel_order") + emulator.Requests("cancel_all_orders"));
        Assert.DoesNotContain(GrvtKey[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GrvtApiKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grvt_refusals_each_exit_1_with_their_reason_and_no_secret()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtOptions() with { AvailableBalance = 0m });
        var good = GrvtEmulatorEnvironment.For(emulator, GrvtKey, GrvtApiKey);
        var missing = new Dictionary<string, string>(good);
        missing.Remove("GRVT_API_KEY");
        (string[] Args, IReadOnlyDictionary<string, string> Environment, string Reason)[] cases =
        [
            (["--ticker", "ETH"], missing, "needs GRVT_API_KEY"),
            (["--ticker", "ETH"], GrvtEmulatorEnvironment.For(emulator, GrvtKey, "not-the-api-key"), "The venue refused the keys"),
            (["--ticker", "ETH"], GrvtEmulatorEnvironment.For(emulator, "0x1234", GrvtApiKey), "GRVT_PRIVATE_KEY is not a private key"),
            (["--ticker", "DOGE"], good, "DOGE"),
            (["--ticker", "ETH"], good, "the account has no margin"),
        ];

        foreach (var (args, environment, reason) in cases)
        {
            var (exit, run) = await VolumebotProcess.RunAsync(["check", "--exchange", "grvt", .. args], environment, timeoutSeconds: 60);
            using var _ = run;

            Assert.True(exit == 1, $"{reason}: exit {exit}: {run.Stdout}{run.Stderr}");
            Assert.Contains(reason, run.OnlyErrorLine(), StringComparison.Ordinal);
            Assert.DoesNotContain(GrvtKey[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(GrvtApiKey, run.Stdout + run.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, emulator.Requests("create_order"));
    }

    /// <summary>The report of an account with 100,000 USDT free, flat, with no order, ending in the ready line.</summary>
    private static void AssertReady(int exit, VolumebotProcess run, string symbol, string fees, string quantity)
    {
        Assert.True(exit == 0, run.Stdout + run.Stderr);
        foreach (var line in new[]
        {
            "  Keys: accepted by the venue", $"  Market: {symbol}: tick ", "  Account: free collateral 100000 USDT",
            $"  Fees: {fees}", "  Position: flat", "  Open orders: 0 ", "  Clock: this machine is ", $"Ready: a live run with --quantity {quantity}",
        })
        {
            Assert.Contains(line, run.Stdout, StringComparison.Ordinal);
        }
    }

    internal static GrvtEmulatorOptions GrvtOptions() => new()
    {
        SignerAddress = EthereumKey.FromHex(GrvtKey).Address,
        ApiKey = GrvtApiKey,
        ChainId = GrvtChainId.Testnet,
    };
}
