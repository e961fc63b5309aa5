using System.Globalization;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests;

/// <summary>The built program trading live on Paradex, pointed by the environment at a Paradex emulator.</summary>
public class ParadexCliEndToEndTests
{
    [Fact]
    public async Task Boost_ioc_run_on_paradex_completes_its_cycles_with_a_csv_matching_the_venue_fills()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 31 });

        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--max-cycles", "3"],
            emulator.EnvironmentFor(),
            timeoutSeconds: 120);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Account fee rates (Paradex, account info): maker 0.3 bps, taker 4.5 bps", run.Stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(run.WorkingDirectory, "logs", "paradex_BTC_orders.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        string Field(string[] row, string name) => row[Array.IndexOf(header, name)];
        var venueFills = emulator.Fills();
        Assert.Equal(venueFills.Select(f => f.FillId).Order(), rows.Select(r => Field(r, "FillID")).Order());
        foreach (var fill in venueFills)
        {
            var row = rows.Single(r => Field(r, "FillID") == fill.FillId);
            Assert.Equal(fill.Quantity, decimal.Parse(Field(row, "Quantity"), CultureInfo.InvariantCulture));
            Assert.Equal(fill.Price, decimal.Parse(Field(row, "Price"), CultureInfo.InvariantCulture));
            Assert.Equal(fill.Fee, decimal.Parse(Field(row, "Fee"), CultureInfo.InvariantCulture));
            Assert.Equal(fill.ClientOrderId, Field(row, "ClientOrderID"));
            Assert.Equal(fill.Role == Core.Venue.LiquidityRole.Maker ? "MAKER" : "TAKER", Field(row, "LiquidityRole"));
        }

        Assert.Contains("WARNING - [PARADEX_BTC] LIVE trading with real orders on paradex BTC: quantity 0.01, boost mode, close by IOC", run.Stdout.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Cycles: 3 ", run.Stdout, StringComparison.Ordinal);
        // the client logs through Microsoft.Extensions.Logging; the CLI's Serilog writes its lines in the run's format
        var connected = run.Stdout.Split('\n').Where(l => l.Contains("market BTC-USD-PERP", StringComparison.Ordinal)).ToList();
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} - INFO - \[PARADEX_BTC\] Paradex testnet: account 0x[0-9a-f]+, market BTC-USD-PERP\r?$", Assert.Single(connected));
        Assert.Equal(0m, emulator.Position());
        Assert.DoesNotContain(emulator.Account.PrivateKeyHex[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_boost_ioc_run_on_paradex_prices_every_close_from_the_streamed_book_without_a_rest_book_read()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [ParadexEmulatorOptions.BusyBtc], Seed = 31 });

        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--max-cycles", "4"],
            emulator.EnvironmentFor(),
            timeoutSeconds: 120);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 4 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[CLOSE_IOC] Attempting IOC order", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Stats.BookReads);
        Assert.Equal(2, emulator.Stats.PublicSubscriptions);
        Assert.True(emulator.Stats.SbeBookFrames >= 2, $"{emulator.Stats.SbeBookFrames} SBE book frames");
        Assert.Equal(0, emulator.Stats.JsonBookMessages); // the CLI asks for SBE, as the venue requires since 21 September 2026
    }

    [Fact]
    public async Task An_unknown_paradex_environment_is_one_clear_error_line()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var environment = new Dictionary<string, string>(emulator.EnvironmentFor()) { ["PARADEX_ENVIRONMENT"] = "staging" };

        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--no-live"], environment, timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("PARADEX_ENVIRONMENT must be prod or testnet", run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.Account.PrivateKeyHex[2..], run.Stdout + run.Stderr, StringComparison.OrdinalIgnoreCase);
    }
}
