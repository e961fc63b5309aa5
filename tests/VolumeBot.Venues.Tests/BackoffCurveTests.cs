using VolumeBot.Core.Timing;

namespace VolumeBot.Venues.Tests;

public class BackoffCurveTests
{
    [Fact]
    public void The_delay_doubles_up_to_the_cap()
    {
        var curve = new BackoffCurve(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2));

        Assert.Equal([250, 500, 1000, 2000, 2000], Enumerable.Range(0, 5).Select(a => curve.DelayFor(a).TotalMilliseconds));
    }

    [Fact]
    public void Jitter_draws_each_delay_between_half_and_all_of_it()
    {
        var curve = new BackoffCurve(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), Jitter: true);
        var random = new Random(3);

        var delays = Enumerable.Range(0, 200).Select(_ => curve.DelayFor(2, random).TotalMilliseconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, 2000, 4000));
        Assert.True(delays.Distinct().Count() > 100);
    }
}
