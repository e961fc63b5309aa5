using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    private readonly HashSet<string> _inheritedOrders = new(StringComparer.Ordinal);
    private decimal _positionAtStart;
    private DateTimeOffset? _lastReconcile;

    /// <summary>How long a mismatch must last, on fresh reads, before the bot acts on it (drift guard and periodic reconcile).</summary>
    private TimeSpan ConfirmationDelay => _timings.RecheckInterval * 2;

    /// <summary>
    /// Compares the venue with the bot's view when the interval is due; a difference still there on fresh reads a moment
    /// later is acted on: stray orders of the bot are cancelled, tracked orders the venue no longer lists are read again,
    /// fills the stream missed are fetched; a position that still does not add up stops the run, as the drift guard does.
    /// </summary>
    private async Task ReconcileIfDueAsync()
    {
        var now = _time.GetUtcNow();
        _lastReconcile ??= now; // the start-up reconcile has just run
        if (now - _lastReconcile < _timings.ReconcileInterval)
        {
            return;
        }

        _lastReconcile = now;
        var difference = await CompareWithVenueAsync();
        if (difference is null || difference.IsNone)
        {
            return;
        }

        _log.Warn($"[RECONCILE] The venue differs from the bot's view: {difference}; reading again");
        await Task.Delay(ConfirmationDelay, _time);
        difference = await CompareWithVenueAsync();
        if (difference is null || difference.IsNone)
        {
            _log.Info($"[RECONCILE] A second read agrees with the bot's view; trading goes on");
            return;
        }

        await ActOnAsync(difference);
    }

    /// <summary>
    /// While a gate holds the next cycle (the Retail order budget, possibly for hours): the periodic reconcile and the
    /// status line go on as they do between cycles. False once the bot has stopped.
    /// </summary>
    private async Task<bool> WhileCycleWaitsAsync()
    {
        await ReconcileIfDueAsync();
        if (_stopReason is not null)
        {
            return false;
        }

        var closeOrders = _strategy.FlatBetweenCycles ? [] : await ActiveCloseOrdersAsync();
        return closeOrders is null || await StatusIfDueAsync(closeOrders) && _stopReason is null;
    }

    /// <summary>The periodic reconcile's baseline: the position before this run's fills, and the orders it inherited.</summary>
    private void RememberStartingPoint(PositionSnapshot position, IReadOnlyList<OrderSnapshot> leftovers)
    {
        _positionAtStart = position.SignedSize - Ledger.NetPosition;
        if (!_strategy.FlatBetweenCycles)
        {
            _inheritedOrders.UnionWith(leftovers.Select(o => o.ClientOrderId));
        }
    }

    private async Task<ReconcileDifference?> CompareWithVenueAsync()
    {
        var position = await _venue.GetPositionAsync(CancellationToken.None);
        var orders = await _venue.GetOpenOrdersAsync(CancellationToken.None);
        if (!position.IsSuccess || !orders.IsSuccess)
        {
            _log.Warn($"[RECONCILE] Venue unavailable ({(position.Error ?? orders.Error)?.Message}); periodic reconcile skipped this round");
            return null;
        }

        var tracked = _tracker.Where(o => !o.IsTerminal);
        return PeriodicReconcile.Compare(position.Value.SignedSize, orders.Value, _positionAtStart + Ledger.NetPosition, tracked, _inheritedOrders, _rules, _ids);
    }

    private async Task ActOnAsync(ReconcileDifference difference)
    {
        foreach (var stray in difference.Strays)
        {
            _log.Warn($"[RECONCILE] Cancelling {stray.Side.ToLowerName()} order {stray.ClientOrderId}: the bot's own, open on the venue, not tracked");
            if (_tracker.Find(stray.ClientOrderId, stray.VenueOrderId) is { } known)
            {
                await _desk.RequestCancelAsync(known);
            }
            else
            {
                await _venue.CancelOrderAsync(stray.ClientOrderId, CancellationToken.None);
            }
        }

        foreach (var order in difference.Unlisted)
        {
            _log.Warn($"[RECONCILE] [{order.ClientOrderId}] Tracked as {order.Status} but not listed by the venue; reading it");
            if (await _desk.RefreshAsync(order) && order.FilledQuantity > 0)
            {
                await _desk.CompleteFillsAsync(order);
            }
        }

        if (!difference.PositionDiffers)
        {
            return;
        }

        var recorded = await RecordMissedFillsAsync();
        var again = await CompareWithVenueAsync();
        if (again is null || !again.PositionDiffers)
        {
            _log.Info($"[RECONCILE] Position agrees again after recording {recorded} fills the stream had missed");
            if (_strategy.FlatBetweenCycles && again is not null)
            {
                // boost is flat between cycles: what the missed fills opened is closed like a leftover of an earlier run
                await FlattenAsync(new PositionSnapshot(again.VenuePosition), "[RECONCILE] Closing a position the missed fills left open");
                _strategy.PositionFlattened();
            }

            return;
        }

        _log.Error($"[{_settings.Label}] Position mismatch detected by the periodic reconcile: {again}");
        _log.Error($"###### ERROR ###### Please manually rebalance your position and take-profit orders");
        Stop(StopReason.Halted, ActivityLog.Render($"position mismatch: {again.VenuePosition} on the venue, {again.ExpectedPosition} from the bot's fills"));
    }

    /// <summary>
    /// Fills of the bot's orders the ledger has not seen (a lost stream message), since the previous round: a window
    /// the ledger's memory of fill ids spans, within this run, and never a fill the journal held before the run.
    /// </summary>
    private async Task<int> RecordMissedFillsAsync()
    {
        var window = _time.GetUtcNow() - _timings.ReconcileInterval - FillRecovery.LookBack;
        var since = window > _startedAt ? window : _startedAt;
        var fills = await ReadWithRetriesAsync(token => _venue.GetFillsSinceAsync(since, token));
        if (!fills.IsSuccess)
        {
            _log.Warn($"[RECONCILE] Could not read the fill history ({fills.Error.Message})");
            return 0;
        }

        var recorded = 0;
        foreach (var fill in fills.Value.Where(f => _ids.IsOwn(f.ClientOrderId) && f.Time >= since && !_journal.Tail.RecordedFillIds.Contains(f.FillId)))
        {
            var (order, _) = _tracker.Apply(fill);
            if (Ledger.Record(fill, order))
            {
                recorded++;
            }
        }

        return recorded;
    }
}
