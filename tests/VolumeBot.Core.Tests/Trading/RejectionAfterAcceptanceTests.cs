using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>
/// A venue that accepts an order and closes it at once for margin (Paradex: 201 NEW, then CLOSED NOT_ENOUGH_MARGIN):
/// the order is neither resting nor a crossing post-only to re-price.
/// </summary>
public class RejectionAfterAcceptanceTests
{
    private static VenueResult<OrderSnapshot> AcceptThenRejectForMargin(ScriptedVenue venue, OrderRequest r)
    {
        var pending = new OrderSnapshot(r.ClientOrderId, $"v-{r.ClientOrderId}", r.Side, r.Kind, r.Quantity, r.Price, OrderStatus.Pending, 0m, null, RawStatus: "NEW");
        venue.Emit(new OrderUpdated(pending with
        {
            Status = OrderStatus.Rejected,
            CancelReason = "NOT_ENOUGH_MARGIN",
            RawStatus = "CLOSED",
            RejectionKind = VenueErrorKind.InsufficientMargin,
        }));
        return VenueResult<OrderSnapshot>.Ok(pending);
    }

    [Fact]
    public void Take_profit_closed_for_margin_is_not_counted_as_resting()
    {
        var venue = new ScriptedVenue();
        venue.OnPlace = r => r.Side == Side.Sell ? AcceptThenRejectForMargin(venue, r) : (VenueResult<OrderSnapshot>?)null;
        var h = new BotHarness(BotHarness.Normal(), venue);

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Contains("NOT_ENOUGH_MARGIN", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(0, outcome.Summary.Cycles);
        Assert.False(h.Log.Contains("Take-profit sell"), h.Log.ToString());

        // refused like any error (backed off, a few times), not re-priced at once like a crossing post-only
        var takeProfits = venue.PlacedOf(OrderKind.PostOnly).Count(o => o.Side == Side.Sell);
        Assert.InRange(takeProfits, 1, new BotTimings().CloseAttempts + 1);
    }

    [Fact]
    public void Open_closed_for_margin_is_an_error_and_not_re_priced()
    {
        var venue = new ScriptedVenue();
        venue.OnPlace = r => AcceptThenRejectForMargin(venue, r);
        var h = new BotHarness(BotHarness.Boost(), venue);
        using var stop = new CancellationTokenSource();

        h.Run(
            async h =>
            {
                await h.NextPlaced(OrderKind.PostOnly, 2);
                stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
            },
            stop.Token);

        Assert.True(h.Log.Contains("Error placing order: InsufficientMargin"), h.Log.ToString());
        Assert.False(h.Log.Contains("re-pricing"), h.Log.ToString());
    }
}
