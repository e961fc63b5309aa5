using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
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
        if (!_strategy.FlatBetweenCycles)
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
        var fresh = _strategy.FlatBetweenCycles ? closeOrders : await ActiveCloseOrdersAsync() ?? closeOrders;
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
