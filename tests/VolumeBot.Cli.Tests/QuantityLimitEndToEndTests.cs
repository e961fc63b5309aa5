using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Cli.Tests;

/// <summary>Issue 9 item 7: the real program refuses a quantity the venue or the account cannot carry, before any order.</summary>
public class QuantityLimitEndToEndTests
{
    [Theory]
    [InlineData("1000000", "--quantity 1000000 is above BTC-USD-PERP's maximum order size 1000")]
    [InlineData("100", "USDT of margin at 50x, but the account has 100000 USDT of free collateral")] // 100 BTC at about 100,000 needs about 200,000 of margin at 50x
    public async Task A_quantity_the_account_cannot_carry_is_one_clear_error_and_no_order(string quantity, string error)
    {
        await using var emulator = await ParadexEmulator.StartAsync();

        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "paradex", "--ticker", "BTC", "--quantity", quantity, "--boost", "--no-live"], emulator.EnvironmentFor(), timeoutSeconds: 90);
        using var _ = run;

        Assert.True(exit == 1 && (run.Stdout + run.Stderr).Contains(error, StringComparison.Ordinal), run.Stdout + run.Stderr);
        Assert.Empty(emulator.Fills());
        Assert.DoesNotContain("Placed post-only", run.Stdout, StringComparison.Ordinal);
    }
}
