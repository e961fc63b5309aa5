using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>"Started" means trading: raised once, after the venue is connected and the start-up reconcile is done.</summary>
public class TradingStartedTests
{
    [Fact]
    public void Started_is_raised_once_after_the_start_up_reads_and_before_the_first_order()
    {
        var harness = new BotHarness();
        var positionReads = 0;
        harness.Venue.OnGetPosition = () =>
        {
            positionReads++;
            return null;
        };
        var seen = new List<(int PositionReads, int Placed)>();
        harness.Bot.TradingStarted += () => seen.Add((positionReads, harness.Venue.Placed.Count));

        harness.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        var started = Assert.Single(seen);
        Assert.True(started.PositionReads >= 1);
        Assert.Equal(0, started.Placed);
        Assert.NotEmpty(harness.Venue.Placed);
    }

    [Fact]
    public void A_start_that_cannot_read_the_position_is_never_announced()
    {
        var harness = new BotHarness();
        harness.Venue.OnGetPosition = () => new VenueError(VenueErrorKind.Unavailable, "down");
        var started = 0;
        harness.Bot.TradingStarted += () => started++;

        Assert.Throws<BotStartupException>(() => harness.Run());
        Assert.Equal(0, started);
        Assert.Empty(harness.Venue.Placed);
    }
}
