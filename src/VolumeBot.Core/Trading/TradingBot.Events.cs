using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    /// <summary>Applies venue events as they come: order updates to the tracker, fills (once each) to the ledger.</summary>
    private Task PumpEventsAsync(CancellationToken cancellationToken) =>
        VenueEventPump.RunAsync(_venue.Events, ApplyAsync, HaltOnRefusal, cancellationToken);

    private async Task ApplyAsync(VenueEvent venueEvent)
    {
        {
            switch (venueEvent)
            {
                case OrderUpdated updated:
                    await OnOrderUpdatedAsync(updated.Order);
                    break;
                case FillReported reported:
                    var (order, _) = _tracker.Apply(reported.Fill);
                    if (Ledger.Record(reported.Fill, order))
                    {
                        TrackEntries(reported.Fill, order);
                    }

                    break;
                case StreamRestored restored:
                    await OnStreamRestoredAsync(restored);
                    break;
            }
        }
    }

    /// <summary>Normal mode's open entries for loss alerts: an open cycle's fills, reduced by its own take-profit.</summary>
    private void TrackEntries(Fill fill, TrackedOrder? order)
    {
        if (_strategy.FlatBetweenCycles || order is null)
        {
            return;
        }

        if (order.Purpose == OrderPurpose.Open)
        {
            _losses.OpenFilled(order.Cycle, fill.Price, fill.Quantity);
        }
        else if (order.Purpose == OrderPurpose.TakeProfit)
        {
            _losses.CloseFilled(order.Cycle, fill.Quantity);
        }
    }

    private async Task OnOrderUpdatedAsync(OrderSnapshot snapshot)
    {
        var before = _tracker.Find(snapshot.ClientOrderId, snapshot.VenueOrderId)?.Status;
        var order = _tracker.Apply(snapshot);
        if (order is null || order.Status == before)
        {
            return;
        }

        var shown = order.Status is OrderStatus.PartiallyFilled or OrderStatus.Canceled ? order.FilledQuantity : order.Request.Quantity;
        var price = order.FilledQuantity > 0 ? order.AverageFillPrice : order.Latest?.Price; // a taker's limit is not its price
        _log.Info($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] {order.Status.ToString().ToUpperInvariant()} {shown} @ {price}");
        if (order.Abandoned && !order.IsTerminal)
        {
            _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] An order the venue had not confirmed is live; cancelling it");
            await _desk.RequestCancelAsync(order);
        }
    }

    private async Task OnStreamRestoredAsync(StreamRestored restored)
    {
        _log.Warn($"Order stream restored after a drop since {restored.DownSince:HH:mm:ss}; reconciling orders and fills over REST");
        await _desk.CatchUpAfterDropAsync();
        Hedge?.RequestCheck($"{_settings.Venue}'s order stream came back"); // a hedged hold checks the other leg too
    }
}
