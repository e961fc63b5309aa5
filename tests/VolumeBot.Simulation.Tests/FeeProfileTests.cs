using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Tests;

public class FeeProfileTests
{
    [Theory]
    [InlineData("paradex-pro", "paradex", 0.3, 4.5)]
    [InlineData("paradex-retail", "paradex", 0, 0)]
    [InlineData("grvt-level1", "grvt", 2.7, 5.5)]
    [InlineData("grvt-doc", "grvt", -1, 5.5)]
    public void Each_profile_has_its_published_rates_a_source_and_a_date(string name, string venue, decimal maker, decimal taker)
    {
        var profile = Assert.Single(FeeProfile.All, p => p.Name == name);
        Assert.Equal((venue, maker, taker), (profile.Venue, profile.MakerBps, profile.TakerBps));
        Assert.False(string.IsNullOrWhiteSpace(profile.Source));
        Assert.Matches(@"^\d{4}-\d\d$", profile.AsOf);
        Assert.Equal((maker / 10_000m, taker / 10_000m, name), (profile.Schedule.MakerRate, profile.Schedule.TakerRate, profile.Schedule.Profile));
    }

    [Fact]
    public void Venues_default_to_paradex_pro_and_grvt_level1()
    {
        Assert.Equal("paradex-pro", FeeSchedule.ForVenue("paradex").Profile);
        Assert.Equal("grvt-level1", FeeSchedule.ForVenue("GRVT").Profile);
        Assert.Equal(0.00027m, FeeSchedule.Grvt.MakerRate);
    }

    [Fact]
    public void The_run_header_names_the_profile_its_rates_and_its_source()
    {
        var line = FeeProfile.Describe(FeeSchedule.Grvt);
        Assert.StartsWith("fee profile grvt-level1: maker 2.7 bps, taker 5.5 bps; source: GRVT help centre", line, StringComparison.Ordinal);
    }
}
