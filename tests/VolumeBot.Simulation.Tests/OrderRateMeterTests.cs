using VolumeBot.Simulation.Runs;

namespace VolumeBot.Simulation.Tests;

public class OrderRateMeterTests
{
    [Fact]
    public void The_busiest_window_counts_submissions_less_than_its_length_apart()
    {
        var meter = new OrderRateMeter();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var seconds in new[] { 0, 10, 59, 60, 61, 62, 3_000, 3_700 })
        {
            meter.Record(start.AddSeconds(seconds));
        }

        Assert.Equal(8, meter.Count);
        Assert.Equal(5, meter.MaxIn(TimeSpan.FromMinutes(1))); // 10, 59, 60, 61, 62 (0 and 60 are a minute apart)
        Assert.Equal(7, meter.MaxIn(TimeSpan.FromHours(1)));   // 0 .. 3,000
        Assert.Equal(8, meter.MaxIn(TimeSpan.FromHours(24)));
    }

    [Fact]
    public void No_submissions_means_zero_in_every_window() =>
        Assert.Equal(0, new OrderRateMeter().MaxIn(TimeSpan.FromMinutes(1)));
}
