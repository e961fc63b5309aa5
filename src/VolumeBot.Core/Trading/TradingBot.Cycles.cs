using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    /// <summary>Boost mode: open post-only, close the filled size at once, then wait --wait-time.</summary>
    private async Task BoostCycleAsync(CancellationToken stopToken)
    {
        using var iteration = IterationStop(stopToken);
        stopToken = iteration.Token;
        if (!await PriceConditionsAllowTradingAsync(stopToken) || !await StatusIfDueAsync([])
            || !await CycleFitsMaxLossAsync(_settings.Quantity + _dust, stopToken))
        {
            return;
        }

        var cycle = _cyclesStarted + 1;
        var open = await _openCycle.RunAsync(cycle, _settings.Quantity, stopToken);
        if (open.Order is not null)
        {
            Statistics.OpenOrderPlaced();
        }

        if (open.Filled > 0)
        {
            _cyclesStarted = cycle;
            await _desk.CompleteFillsAsync(open.Order!); // the open's rows are on disk before its close is sent
            var quantity = open.Filled + _dust;
            _dust = 0m;
            var report = await _closer.CloseAsync(_settings.CloseSide, quantity, cycle, OrderPurpose.Close);
            _dust = report.Dust;
            if (!report.IsComplete)
            {
                Statistics.CloseFailed();
                Stop(StopReason.Halted, $"close of cycle {cycle} failed: {report.Remaining} of {report.Requested} still open ({report.FailureReason})");
                return;
            }

            Statistics.CycleCompleted();
        }

        _tracker.ForgetSettled();
        if (open.Unsettled)
        {
            Stop(StopReason.Halted, $"the venue could not confirm the state of open order {open.Order?.ClientOrderId}");
            return;
        }

        if (open.Filled > 0)
        {
            if (!LimitReached())
            {
                Waits.Until(_time.GetUtcNow() + _settings.WaitTime, $"--wait-time {_settings.WaitTime.TotalSeconds} s between cycles");
                await DelayAsync(_settings.WaitTime, stopToken);
            }
        }
        else if (open.Order is null)
        {
            await DelayAsync(_timings.RecheckInterval, stopToken); // nothing placed: do not spin on a failing venue
        }
    }

    /// <summary>Normal mode (spec 2.2): pace opens by the resting take-profit orders, then open and place a take-profit.</summary>
    private async Task NormalIterationAsync(CancellationToken stopToken)
    {
        using var iteration = IterationStop(stopToken);
        stopToken = iteration.Token;
        var closeOrders = await ActiveCloseOrdersAsync();
        if (closeOrders is null)
        {
            await DelayAsync(_timings.RecheckInterval, stopToken);
            return;
        }

        if (!await StatusIfDueAsync(closeOrders) || !await PriceConditionsAllowTradingAsync(stopToken))
        {
            return;
        }

        if (AllCyclesUnderway())
        {
            await DelayAsync(_timings.RecheckInterval, stopToken);
            return;
        }

        if (!_cooldown.MayOpen(closeOrders.Count, _time.GetUtcNow()))
        {
            AnnounceCooldown(closeOrders.Count);
            await DelayAsync(_timings.RecheckInterval, stopToken);
            return;
        }

        if (_settings.GridStepPercent > -100m && closeOrders.Count > 0)
        {
            var top = await _market.ReadTopAsync(stopToken);
            if (top is null || !GridStepRule.IsMet(_settings.Direction, closeOrders.Select(o => o.Price ?? 0m).ToList(), top, _settings.TakeProfitPercent, _settings.GridStepPercent))
            {
                Waits.UntilEvent($"Grid step {_settings.GridStepPercent}% to the nearest take-profit not met", "the price moves away from it");
                await DelayAsync(_timings.RecheckInterval, stopToken);
                return;
            }
        }

        if (!await CycleFitsMaxLossAsync(_settings.Quantity, stopToken))
        {
            return;
        }

        Waits.Over();
        var cycle = _cyclesStarted + 1;
        var open = await _openCycle.RunAsync(cycle, _settings.Quantity, stopToken);
        if (open.Order is not null)
        {
            Statistics.OpenOrderPlaced();
        }

        if (open.Filled > 0)
        {
            _cyclesStarted = cycle;
            _cooldown.MarkOpened(_time.GetUtcNow());
            await _desk.CompleteFillsAsync(open.Order!); // the open's rows are on disk before its take-profit is sent
            await PlaceTakeProfitAsync(open, cycle); // the cycle completes when the take-profit fills
        }
        else if (open.Order is null)
        {
            await DelayAsync(_timings.RecheckInterval, stopToken);
        }

        if (open.Unsettled)
        {
            Stop(StopReason.Halted, $"the venue could not confirm the state of open order {open.Order?.ClientOrderId}");
        }

        _cooldown.OpenCycleFinished();
        _tracker.ForgetSettled();
    }

    /// <summary>Cooldown or --max-orders: one line when the wait starts, saying until when.</summary>
    private void AnnounceCooldown(int closeOrders)
    {
        if (_cooldown.OpensAt(closeOrders, _time.GetUtcNow()) is { } opensAt)
        {
            Waits.Until(opensAt, $"Cooldown: {closeOrders} take-profit(s) resting, {WaitNotice.Span(_cooldown.CooldownFor(closeOrders))} between opens");
        }
        else
        {
            Waits.UntilEvent($"--max-orders {_settings.MaxOrders}: {closeOrders} take-profits resting, no new opens", "one of them fills");
        }
    }

    /// <summary>Spec 2.11 every 30 minutes; the first one 30 minutes after the start, not a report of zeros at once.</summary>
    private async Task SendRuntimeReportIfDueAsync(decimal position, int closeOrders, DateTimeOffset now)
    {
        if (now - (_lastReport ?? _startedAt) < Alerts.RuntimeReport.Interval)
        {
            return;
        }

        _lastReport = now;
        var top = await _venue.GetTopOfBookAsync(CancellationToken.None);
        var summary = RunSummary.From(Ledger, Statistics, now - _startedAt);
        _alerts.Send(Alerts.RuntimeReport.Build(_settings, summary, position, closeOrders, top.IsSuccess ? top.Value : null, now, ReportTimeZone));
    }

    private async Task PlaceTakeProfitAsync(OpenResult open, int cycle)
    {
        var quantity = open.Filled;
        string? failure = null;
        for (var attempt = 0; attempt < _timings.CloseAttempts + _timings.PostOnlyAttempts; attempt++)
        {
            var top = await _market.ReadTopAsync(CancellationToken.None);
            var price = TakeProfitPrice.For(_settings.CloseSide, open.LimitPrice!.Value, _settings.TakeProfitPercent, top, _rules);
            var request = new OrderRequest(_ids.Next(), _settings.CloseSide, OrderKind.PostOnly, quantity, price);
            var order = _tracker.Track(request, OrderPurpose.TakeProfit, cycle, top?.Mid, "take_profit");
            var placed = await _desk.PlaceAsync(order, CancellationToken.None);
            if (placed.IsSuccess)
            {
                // venues accept first and may reject a crossing post-only a moment later: wait until it is on the book
                await _tracker.WaitUntilAsync(order, o => o.Status != OrderStatus.Pending, _timings.ConfirmTimeout, CancellationToken.None);
            }

            // accepted and then rejected (crossing, margin, size) or closed at once is not a resting take-profit
            var error = placed.IsSuccess ? order.Latest?.Rejection ?? ClosedAtOnce(order) : placed.Error;
            if (error is null)
            {
                _log.Info($"[CLOSE] [{order.ClientOrderId}] Take-profit {_settings.CloseSide.ToLowerName()} {quantity} @ {price}");
                return;
            }

            // crossing (refused outright, or accepted and rejected) re-prices at once; other errors back off, a few times
            failure = error.ToString();
            var crossed = error.Kind == VenueErrorKind.PostOnlyWouldCross;
            if (!crossed && attempt >= _timings.CloseAttempts)
            {
                break;
            }

            await DelayAsync(crossed ? TimeSpan.Zero : new Backoff(_timings, _time).DelayFor(attempt), CancellationToken.None);
        }

        Statistics.CloseFailed();
        _log.Error($"[CLOSE] Failed to place close order: {failure}");
        Stop(StopReason.Halted, $"take-profit for {quantity} could not be placed ({failure}); the position is open");
    }

    /// <summary>A take-profit the venue cancelled before it filled anything is not resting: place it again.</summary>
    private static VenueError? ClosedAtOnce(TrackedOrder order) =>
        order.Status == OrderStatus.Canceled && order.FilledQuantity == 0
            ? new VenueError(VenueErrorKind.Rejected, $"take-profit {order.ClientOrderId} cancelled at once ({order.Latest?.CancelReason ?? "no reason given"})")
            : null;

    /// <summary>Resting close orders: what the venue lists, plus the bot's own take-profits the listing does not show yet.</summary>
    private async Task<List<OrderSnapshot>?> ActiveCloseOrdersAsync()
    {
        var listed = await _venue.GetOpenOrdersAsync(CancellationToken.None);
        if (!listed.IsSuccess)
        {
            _log.Warn($"Could not read open orders: {listed.Error.Message}");
            return null;
        }

        var closeOrders = listed.Value.Where(o => o.Side == _settings.CloseSide).ToList();
        var listedIds = closeOrders.Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        foreach (var order in _tracker.Where(o => o.Purpose == OrderPurpose.TakeProfit && !o.IsTerminal && !listedIds.Contains(o.ClientOrderId)))
        {
            await _desk.RefreshAsync(order); // REST lag must not bypass the cooldown (W-C2): ask about the order itself
            if (!order.IsTerminal && order.Latest is { } snapshot)
            {
                closeOrders.Add(snapshot);
            }
        }

        return closeOrders;
    }

    /// <summary>Spec 2.9 every status interval: log the position and stop on drift. False when trading must not go on.</summary>
    private async Task<bool> StatusIfDueAsync(IReadOnlyList<OrderSnapshot> closeOrders)
    {
        var now = _time.GetUtcNow();
        if (_lastStatus is { } last && now - last < _timings.StatusInterval)
        {
            return true;
        }

        _lastStatus = now;
        var position = await _venue.GetPositionAsync(CancellationToken.None);
        if (!position.IsSuccess)
        {
            _log.Warn($"Position unavailable ({position.Error.Message}); drift check skipped this round");
            return true;
        }

        var closing = closeOrders.Sum(o => o.RemainingQuantity);
        _log.Info($"Current Position: {position.Value.SignedSize} | Active closing amount: {closing} | Order quantity: {closeOrders.Count}");
        if (!_settings.Boost)
        {
            _utilisation.Check(closeOrders.Count);
            if (_losses.OpenEntries > 0 && await _market.ReadTopAsync(CancellationToken.None) is { } top)
            {
                _losses.Check(top);
            }
        }

        await SendRuntimeReportIfDueAsync(position.Value.SignedSize, closeOrders.Count, now);

        if (!PositionDriftGuard.IsDrifted(position.Value.SignedSize, closing, _settings.Quantity)
            || !await DriftConfirmedAsync(closeOrders))
        {
            return true;
        }

        _log.Error($"[{_settings.Label}] Position mismatch detected");
        _log.Error($"###### ERROR ###### Please manually rebalance your position and take-profit orders");
        _log.Error($"current position: {position.Value.SignedSize} | active closing amount: {closing} | Order quantity: {closeOrders.Count}");
        Stop(StopReason.Halted, "position mismatch");
        return false;
    }

    /// <summary>
    /// A venue can answer one position read with a momentary zero or a stale size; only a mismatch that is still there
    /// a moment later, on fresh reads of the position and the resting orders, stops the bot.
    /// </summary>
    private async Task<bool> DriftConfirmedAsync(IReadOnlyList<OrderSnapshot> closeOrders)
    {
        await Task.Delay(ConfirmationDelay, _time);
        var position = await _venue.GetPositionAsync(CancellationToken.None);
        var fresh = _settings.Boost ? closeOrders : await ActiveCloseOrdersAsync() ?? closeOrders;
        if (!position.IsSuccess)
        {
            _log.Warn($"Position mismatch not confirmed: the second read failed ({position.Error.Message})");
            return false;
        }

        var confirmed = PositionDriftGuard.IsDrifted(position.Value.SignedSize, fresh.Sum(o => o.RemainingQuantity), _settings.Quantity);
        if (!confirmed)
        {
            _log.Warn($"Position read did not match the resting orders once; a second read agrees, trading goes on");
        }

        return confirmed;
    }
}
