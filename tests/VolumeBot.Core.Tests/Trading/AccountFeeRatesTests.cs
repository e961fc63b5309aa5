using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>At start-up a live run logs the account's own fee rates where the venue reports them, before the first order.</summary>
public class AccountFeeRatesTests
{
    private static BotHarness WithProfile(string profile, decimal makerBps, decimal takerBps) =>
        new(BotHarness.Boost() with { FeeProfile = profile, MakerFeeRate = makerBps / 10_000m, TakerFeeRate = takerBps / 10_000m });

    private static void RunOneCycle(BotHarness harness) =>
        harness.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

    [Fact]
    public void Rates_the_venue_reports_are_logged_before_the_first_order()
    {
        var harness = WithProfile("grvt-level1", 2.7m, 5.5m);
        harness.Venue.FeeRates = new AccountFeeRates(0.00027m, 0.00055m, "tier 1");

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("Account fee rates (scripted, tier 1): maker 2.7 bps, taker 5.5 bps"), harness.Log.ToString());
        Assert.Equal(0, harness.Venue.PlacedWhenFeeRatesRead);
        Assert.DoesNotContain(harness.Log.Lines, l => l.Contains("differ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rates_that_are_not_the_fee_profile_are_called_out_with_the_flags_to_compare()
    {
        var harness = WithProfile("paradex-pro", 0.3m, 4.5m);
        harness.Venue.FeeRates = new AccountFeeRates(0.00003m, 0.00035m, "account info");

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("Account fee rates (scripted, account info): maker 0.3 bps, taker 3.5 bps"), harness.Log.ToString());
        Assert.True(harness.Log.Contains("differ from fee profile paradex-pro (maker 0.3 bps, taker 4.5 bps)"), harness.Log.ToString());
        Assert.True(harness.Log.Contains("--maker-fee-bps 0.3 --taker-fee-bps 3.5"), harness.Log.ToString());
    }

    [Fact]
    public void A_venue_that_does_not_say_is_named_and_the_fills_real_fee_still_counts()
    {
        var harness = WithProfile("paradex-pro", 0.3m, 4.5m);

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("scripted does not report this account's fee rates; fills carry their real fee"), harness.Log.ToString());
        Assert.NotEmpty(harness.Venue.Placed);
    }

    [Fact]
    public void A_failed_read_is_logged_and_the_run_goes_on()
    {
        var harness = WithProfile("grvt-level1", 2.7m, 5.5m);
        harness.Venue.OnGetFeeRates = () => new VenueError(VenueErrorKind.Unavailable, "funding_account_summary: 503");

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("Could not read this account's fee rates from scripted (funding_account_summary: 503)"), harness.Log.ToString());
        Assert.NotEmpty(harness.Venue.Placed);
    }

    [Fact]
    public void A_read_that_throws_never_stops_the_start_up()
    {
        var harness = WithProfile("grvt-level1", 2.7m, 5.5m);
        harness.Venue.OnGetFeeRates = () => throw new InvalidOperationException("unexpected tier shape");

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("Could not read this account's fee rates from scripted (unexpected tier shape)"), harness.Log.ToString());
        Assert.NotEmpty(harness.Venue.Placed);
    }
}
