using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 9 item 2: boost's shutdown flatten does not depend on one lucky position read.</summary>
public class ShutdownTests
{
    [Fact]
    public void A_rate_limited_position_read_at_shutdown_is_retried_and_the_position_closed()
    {
        var venue = new ScriptedVenue();
        var h = new BotHarness(BotHarness.Boost(), venue);
        var shutdownReads = 0;
        venue.OnGetPosition = () =>
        {
            if (!h.Log.Contains("Starting graceful shutdown") || ++shutdownReads > 1)
            {
                return null;
            }

            venue.Position = 0.5m; // a leftover only a good read shows
            return VenueResult<PositionSnapshot>.Fail(VenueErrorKind.RateLimited, "429 Too Many Requests");
        };

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.True(shutdownReads >= 2);
        var flatten = venue.PlacedOf(OrderKind.Market)[^1];
        Assert.Equal((Side.Sell, 0.5m), (flatten.Side, flatten.Quantity));
        Assert.Equal(0m, venue.Position);
        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.False(outcome.NeedsAttention);
    }

    [Fact]
    public void A_position_that_cannot_be_read_at_shutdown_ends_the_run_as_needing_attention()
    {
        var venue = new ScriptedVenue();
        var h = new BotHarness(BotHarness.Boost(), venue);
        venue.OnGetPosition = () => h.Log.Contains("Starting graceful shutdown")
            ? VenueResult<PositionSnapshot>.Fail(VenueErrorKind.RateLimited, "429 Too Many Requests")
            : (VenueResult<PositionSnapshot>?)null;

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.NeedsAttention);
        Assert.Contains("position could not be read at shutdown", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains(h.Log.Errors, l => l.Contains("[SHUTDOWN] Could not confirm the position after 5 reads", StringComparison.Ordinal));
    }
}
