using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>The post-only placer's chase: the touch is compared often, the order itself is read over REST seldom.</summary>
public class ChaseTests
{
    [Fact]
    public void A_resting_open_is_re_priced_within_a_touch_check_of_the_touch_moving_away()
    {
        var h = new BotHarness(BotHarness.Boost());
        TimeSpan repriced = default;
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            await Task.Delay(TimeSpan.FromSeconds(1), h.Time);
            var moved = h.Time.GetUtcNow();
            h.Venue.Top = new TopOfBook(100.5m, 101.0m);
            var second = await h.NextPlaced(OrderKind.PostOnly, 1);
            repriced = h.Time.GetUtcNow() - moved;
            h.Venue.Fill(second.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal([100.4m, 100.9m], h.Venue.PlacedOf(OrderKind.PostOnly).Select(o => o.Price!.Value).ToArray());
        Assert.True(repriced <= TimeSpan.FromMilliseconds(400), $"re-priced {repriced} after the touch moved");
    }

    [Fact]
    public void While_the_touch_holds_the_order_is_read_over_rest_only_every_chase_interval()
    {
        var h = new BotHarness(BotHarness.Boost());
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPlaced(OrderKind.PostOnly);
            var before = h.Venue.OrderQueries;
            await Task.Delay(TimeSpan.FromSeconds(20), h.Time);
            Assert.InRange(h.Venue.OrderQueries - before, 3, 4); // every 5 s, not every touch check
            h.Venue.Fill(open.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
    }
}
