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

    [Theory]
    [InlineData("grvt-level1", 2.7, 5.5, "tier 1", 2.7, 5.5, "maker 2.7 bps, taker 5.5 bps", false)]
    [InlineData("paradex-pro", 0.3, 4.5, "account info", 0.3, 3.5, "maker 0.3 bps, taker 3.5 bps", true)]
    public void Rates_the_venue_reports_are_logged_before_the_first_order_and_a_difference_from_the_profile_is_called_out(
        string profile, double profileMaker, double profileTaker, string source, double maker, double taker, string shown, bool differs)
    {
        var harness = WithProfile(profile, (decimal)profileMaker, (decimal)profileTaker);
        harness.Venue.FeeRates = new AccountFeeRates((decimal)maker / 10_000m, (decimal)taker / 10_000m, source);

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains($"Account fee rates (scripted, {source}): {shown}"), harness.Log.ToString());
        Assert.Equal(0, harness.Venue.PlacedWhenFeeRatesRead);
        var warning = FormattableString.Invariant($"differ from fee profile {profile} (maker {profileMaker} bps, taker {profileTaker} bps)");
        Assert.Equal(differs, harness.Log.Contains(warning));
        Assert.Equal(differs, harness.Log.Contains(FormattableString.Invariant($"--maker-fee-bps {maker} --taker-fee-bps {taker}")));
    }

    [Fact]
    public void A_venue_that_does_not_say_is_named_and_the_fills_real_fee_still_counts()
    {
        var harness = WithProfile("paradex-pro", 0.3m, 4.5m);

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains("scripted does not report this account's fee rates; fills carry their real fee"), harness.Log.ToString());
        Assert.NotEmpty(harness.Venue.Placed);
    }

    [Theory]
    [InlineData(false, "funding_account_summary: 503")]
    [InlineData(true, "unexpected tier shape")]
    public void A_read_that_fails_or_throws_is_logged_and_never_stops_the_start_up(bool throws, string problem)
    {
        var harness = WithProfile("grvt-level1", 2.7m, 5.5m);
        harness.Venue.OnGetFeeRates = () => throws
            ? throw new InvalidOperationException(problem)
            : new VenueError(VenueErrorKind.Unavailable, problem);

        RunOneCycle(harness);

        Assert.True(harness.Log.Contains($"Could not read this account's fee rates from scripted ({problem})"), harness.Log.ToString());
        Assert.NotEmpty(harness.Venue.Placed);
    }
}
