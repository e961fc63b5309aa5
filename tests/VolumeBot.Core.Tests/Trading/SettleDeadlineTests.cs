using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>A venue that answers nothing but "busy" cannot stall a cycle past <see cref="BotTimings.SettleTimeout"/>, and says so.</summary>
public class SettleDeadlineTests
{
    [Fact]
    public void A_cancel_the_venue_keeps_refusing_as_busy_halts_within_the_settle_timeout_and_logs_every_retry()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 10));
        h.Venue.OnCancel = _ => VenueResult<bool>.Fail(VenueErrorKind.RateLimited, "GRVT cancel_order: HTTP 429, code 1006");
        DateTimeOffset cancelling = default;
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Top = new TopOfBook(101.0m, 101.5m); // the touch moves away: the open is chased
            while (!h.Log.Contains("Cancelling order and placing a new order"))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), h.Time);
            }

            cancelling = h.Time.GetUtcNow();
            h.Venue.OnGetOrder = _ => VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Unavailable, "GRVT order: HTTP 503, code 1002");
        });

        var stalled = h.Time.GetUtcNow() - cancelling;
        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.InRange(stalled, TimeSpan.FromSeconds(30), new BotTimings().SettleTimeout + TimeSpan.FromSeconds(1));
        Assert.Equal(h.Venue.CancelRequests.Count, h.Log.Lines.Count(l => l.Contains("Cancel not answered (GRVT cancel_order: HTTP 429", StringComparison.Ordinal)));
        Assert.True(h.Venue.CancelRequests.Count > 3, $"{h.Venue.CancelRequests.Count} cancel requests");
        Assert.Contains(h.Log.Errors, l => l.Contains("Could not confirm the order's final state within 60 s", StringComparison.Ordinal));
    }
}
