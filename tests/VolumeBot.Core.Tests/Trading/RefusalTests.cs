using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Errors that cannot heal stop the run at once, wherever they are met; transient ones only back off.</summary>
public class RefusalTests
{
    [Theory]
    [InlineData(VenueErrorKind.Unauthorized, "Signature is from an unauthorized signer", "keys or account")]
    [InlineData(VenueErrorKind.Forbidden, "GEO_IP_BLOCK", "IP address or region")]
    [InlineData(VenueErrorKind.InsufficientMargin, "NOT_ENOUGH_MARGIN", "lower --quantity")]
    public void A_refused_open_halts_the_run_at_once_with_one_clear_line(VenueErrorKind kind, string message, string remedy)
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100));
        h.Venue.OnPlace = _ => VenueResult<OrderSnapshot>.Fail(kind, message);
        var started = h.Time.GetUtcNow();

        var outcome = h.Run();

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.NeedsAttention); // exit code 1
        Assert.Single(h.Venue.Placed);
        Assert.True(h.Time.GetUtcNow() - started < TimeSpan.FromSeconds(1), $"took {h.Time.GetUtcNow() - started} of fake time");
        var halted = Assert.Single(h.Log.Errors);
        Assert.StartsWith("Trading halted: ", halted, StringComparison.Ordinal);
        Assert.Contains(message, halted, StringComparison.Ordinal);
        Assert.Contains(remedy, halted, StringComparison.Ordinal);
        Assert.Contains(h.Log.Lines, l => l.StartsWith("ALERT: ", StringComparison.Ordinal) && l.Contains("Trading halted", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_read_at_start_up_halts_before_any_order()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100));
        h.Venue.OnGetPosition = () => VenueResult<PositionSnapshot>.Fail(VenueErrorKind.Unauthorized, "ACCOUNT_NOT_FOUND");

        var outcome = h.Run();

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Empty(h.Venue.Placed);
        Assert.Contains("ACCOUNT_NOT_FOUND", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_close_halts_and_the_shutdown_reports_the_open_position_instead_of_retrying()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100));
        h.Venue.OnPlace = r => r.Kind == OrderKind.Market ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Unauthorized, "unauthorized signer") : (VenueResult<OrderSnapshot>?)null;

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Equal(2, h.Venue.PlacedOf(OrderKind.Market).Count); // the close, and one flatten try at shutdown
        Assert.Contains(h.Log.Errors, l => l.StartsWith("[SHUTDOWN] Could not finish", StringComparison.Ordinal));
        Assert.Equal(1.0m, h.Venue.Position);
    }

    [Fact]
    public void A_refusal_in_the_shutdown_after_a_normal_stop_is_reported_and_exits_1()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 1));
        h.Venue.OnGetPosition = () => h.Venue.PlacedOf(OrderKind.Market).Count > 0 ? VenueResult<PositionSnapshot>.Fail(VenueErrorKind.Forbidden, "GEO_IP_BLOCK") : (VenueResult<PositionSnapshot>?)null;

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(1, outcome.Summary.Cycles);
        Assert.True(outcome.NeedsAttention);
        Assert.Contains("GEO_IP_BLOCK", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains(h.Log.Errors, l => l.StartsWith("[SHUTDOWN] Could not finish", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_met_while_applying_a_venue_event_halts_and_the_shutdown_still_cancels_the_open()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100));
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.OnGetOrder = _ => VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Unauthorized, "ACCOUNT_NOT_FOUND");
            h.Venue.Emit(new StreamRestored(h.Time.GetUtcNow())); // the event pump reconciles over REST and is refused
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Contains("ACCOUNT_NOT_FOUND", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Canceled, h.Venue.Order(h.Venue.Placed[0].ClientOrderId).Status);
    }

    [Fact]
    public void A_transient_error_backs_off_and_trading_goes_on()
    {
        var h = new BotHarness(BotHarness.Boost());
        var refusals = 3;
        h.Venue.OnPlace = r => r.Kind == OrderKind.PostOnly && refusals-- > 0 ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.RateLimited, "429") : (VenueResult<OrderSnapshot>?)null;

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 3)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(1, outcome.Summary.Cycles);
    }
}
