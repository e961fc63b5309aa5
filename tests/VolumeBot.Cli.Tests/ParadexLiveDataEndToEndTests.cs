using System.Globalization;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests;

/// <summary>The built program paper trading on Paradex's public data, pointed by PARADEX_REST_URL at an emulator, with no keys.</summary>
public class ParadexLiveDataEndToEndTests
{
    private static readonly string[] Run = ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--paper", "--live-data", "--max-cycles", "2"];

    [Fact]
    public async Task Paper_run_on_live_data_completes_its_cycles_without_keys_and_sends_the_venue_no_order()
    {
        // a price level of its own, so fills can only come from the emulator's book
        var market = ParadexEmulatorOptions.BusyBtc with { InitialMid = 64_000m };
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [market], Seed = 43 });
        var environment = new Dictionary<string, string>
        {
            ["PARADEX_ENVIRONMENT"] = "testnet",
            ["PARADEX_REST_URL"] = emulator.RestUrl.ToString(),
        };

        var (exit, run) = await VolumebotProcess.RunAsync(Run, environment, timeoutSeconds: 90);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Paper trading on paradex's live public market data", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_orders.csv"));
        var price = Array.IndexOf(lines[0].Split(','), "Price");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(decimal.Parse(r[price], CultureInfo.InvariantCulture), 63_000m, 65_000m));

        Assert.True(emulator.Stats.TradeReads > 0, "the run never read the emulator's trade tape");
        Assert.Empty(emulator.Orders());
        Assert.Equal((0, 0, 0), (emulator.Stats.PrivateRequests, emulator.Stats.AuthRequests, emulator.Stats.WebSocketConnections));
    }

    [Fact]
    public async Task An_unknown_paradex_environment_is_one_clear_error_line()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(Run, new Dictionary<string, string> { ["PARADEX_ENVIRONMENT"] = "staging" }, timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("PARADEX_ENVIRONMENT must be prod or testnet", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }
}
