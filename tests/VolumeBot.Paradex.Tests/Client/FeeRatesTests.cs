using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>The account's own fee rates from GET /account/info, for the start-up line.</summary>
public sealed class FeeRatesTests
{
    [Fact]
    public async Task The_accounts_maker_and_taker_rates_are_read_from_account_info()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Fees = new FeeSchedule(0.00003m, 0.00035m) });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        var rates = await client.GetFeeRatesAsync(CancellationToken.None);

        Assert.True(rates.IsSuccess, rates.ToString());
        Assert.NotNull(rates.Value);
        Assert.Equal((0.3m, 3.5m, "account info"), (rates.Value.MakerBps, rates.Value.TakerBps, rates.Value.Source));
    }

    [Fact]
    public async Task Account_info_without_fees_is_not_reported_rather_than_an_error()
    {
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { ReportsFeeRates = false });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        var rates = await client.GetFeeRatesAsync(CancellationToken.None);

        Assert.True(rates.IsSuccess, rates.ToString());
        Assert.Null(rates.Value);
    }
}
