using Microsoft.Extensions.Time.Testing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Venues.Tests;

public class VenueRateLimitsTests
{
    [Fact]
    public async Task A_burst_of_40_orders_under_a_20_per_second_limit_waits_for_the_refill_instead_of_going_out_at_once()
    {
        var time = new FakeTimeProvider();
        using var limits = VenueRateLimits.Create(new Dictionary<string, RateLimit[]> { ["orders"] = [new RateLimit("orders", 20, TimeSpan.FromSeconds(1))] }, time);

        var permits = Enumerable.Range(0, 40).Select(_ => limits.AcquireAsync("orders", CancellationToken.None).AsTask()).ToList();

        Assert.Equal(20, permits.Count(p => p.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(22, permits.Count(p => p.IsCompleted)); // refilled at the declared rate, 2 every 100 ms
        time.Advance(TimeSpan.FromMilliseconds(900));
        foreach (var permit in await Task.WhenAll(permits))
        {
            Assert.True(permit.IsAcquired);
            permit.Dispose();
        }
    }

    [Fact]
    public void A_shared_limit_is_spent_by_every_category_that_names_it()
    {
        var time = new FakeTimeProvider();
        var perIp = new RateLimit("per IP", 3, TimeSpan.FromMinutes(1));
        using var limits = VenueRateLimits.Create(
            new Dictionary<string, RateLimit[]>
            {
                ["orders"] = [new RateLimit("orders", 100, TimeSpan.FromSeconds(1)), perIp],
                ["reads"] = [new RateLimit("reads", 100, TimeSpan.FromSeconds(1)), perIp],
            },
            time);

        var granted = new[] { "orders", "reads", "orders", "reads" }.Select(c => limits.AcquireAsync(c, CancellationToken.None).AsTask()).ToList();

        Assert.Equal([true, true, true, false], granted.Select(g => g.IsCompleted));
    }

    [Fact]
    public void A_category_without_limits_never_waits()
    {
        using var limits = VenueRateLimits.Create(new Dictionary<string, RateLimit[]>(), new FakeTimeProvider());

        Assert.True(limits.AcquireAsync("public", CancellationToken.None).IsCompleted);
    }
}
