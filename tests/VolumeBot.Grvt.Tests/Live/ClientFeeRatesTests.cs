using VolumeBot.Grvt.Tests.Support;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Grvt.Tests.Live;

/// <summary>The account's own fee tier from funding_account_summary, for the start-up line.</summary>
public class ClientFeeRatesTests
{
    [Fact]
    public async Task The_accounts_tier_and_its_perpetual_maker_and_taker_rates_are_read()
    {
        var options = GrvtTestVenue.EmulatorOptions() with { Fees = new FeeSchedule(-0.00003m, 0.00019m), FeeTier = 9 };
        await using var venue = await GrvtTestVenue.StartAsync(options);

        var rates = await venue.Client.GetFeeRatesAsync(CancellationToken.None);

        Assert.True(rates.IsSuccess, rates.ToString());
        Assert.NotNull(rates.Value);
        Assert.Equal((-0.3m, 1.9m, "tier 9"), (rates.Value.MakerBps, rates.Value.TakerBps, rates.Value.Source));
        Assert.Equal(1, venue.Emulator.Requests("funding_account_summary"));
    }

    [Fact]
    public async Task A_failed_read_comes_back_as_a_typed_error()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        venue.Emulator.Faults.FailNext(2, 400, 1003, "Request could not be processed", "funding_account_summary");

        var rates = await venue.Client.GetFeeRatesAsync(CancellationToken.None);

        Assert.False(rates.IsSuccess);
    }
}
