using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    private const int StartupReadAttempts = 5;

    /// <summary>
    /// Reads the truth before the first cycle. Boost mode owns the market's position: it cancels every order an earlier
    /// run of the bot left (opens, and take-profits of a normal-mode run that would later reopen a position) and closes
    /// any position they left, so a crash never leaves an orphan. Normal mode keeps its resting take-profits.
    /// </summary>
    private async Task ReconcileAtStartAsync()
    {
        var position = await ReadAtStartAsync(_venue.GetPositionAsync, "position");
        var openOrders = await ReadAtStartAsync(_venue.GetOpenOrdersAsync, "open orders");
        // only an order whose id carries the bot's keyed tag is the bot's; any other (placed by hand, by another program) is left alone
        var leftovers = openOrders.Where(o => _ids.IsOwn(o.ClientOrderId)).ToList();
        RememberStartingPoint(position, leftovers);
        _log.Info($"[RECONCILE] Position at start: {position.SignedSize}; open orders on {_rules.Symbol}: {openOrders.Count} ({leftovers.Count} placed by an earlier run of the bot, {openOrders.Count - leftovers.Count} not the bot's and left alone)");
        if (!_strategy.FlatBetweenCycles)
        {
            return;
        }

        foreach (var leftover in leftovers)
        {
            _log.Info($"[RECONCILE] Cancelling {leftover.Side.ToLowerName()} order {leftover.ClientOrderId} left by an earlier run");
            await _venue.CancelOrderAsync(leftover.ClientOrderId, CancellationToken.None);
        }

        if (leftovers.Count > 0)
        {
            position = await ReadAtStartAsync(_venue.GetPositionAsync, "position");
        }

        await FlattenAsync(position, "[RECONCILE] Closing a position left by an earlier run");
    }

    private async Task FlattenAsync(PositionSnapshot position, string reason)
    {
        if (position.Side is not { } side || position.Size < _rules.MinSize / 2)
        {
            return;
        }

        _log.Warn($"{reason}: {position.SignedSize}");
        var report = await _flattener.CloseAsync(side.Opposite(), position.Size, 0, OrderPurpose.Reconcile);
        Statistics.ReconcileClose();
        if (!report.IsComplete)
        {
            Statistics.CloseFailed();
            Stop(StopReason.Halted, $"could not close {report.Remaining} of the position ({report.FailureReason})");
        }
    }

    private async Task<T> ReadAtStartAsync<T>(Func<CancellationToken, Task<VenueResult<T>>> read, string what)
    {
        var result = await ReadWithRetriesAsync(read);
        return result.IsSuccess ? result.Value : throw new BotStartupException($"Could not read the {what} at start-up: {result.Error.Message}");
    }

    /// <summary>A read that must not be lost to one busy moment: retried with back-off, the last error if all fail.</summary>
    private async Task<VenueResult<T>> ReadWithRetriesAsync<T>(Func<CancellationToken, Task<VenueResult<T>>> read)
    {
        var backoff = new Backoff(_timings, _time);
        var result = await read(CancellationToken.None);
        for (var attempt = 1; attempt < StartupReadAttempts && !result.IsSuccess; attempt++)
        {
            await backoff.WaitAsync(attempt - 1, CancellationToken.None);
            result = await read(CancellationToken.None);
        }

        return result;
    }

    private async Task ShutdownAsync()
    {
        _log.Info($"Starting graceful shutdown: {_stopReason} {_stopDetail}");
        await StopStrategyAsync();
        if (_strategy.FlatBetweenCycles)
        {
            var position = await ReadWithRetriesAsync(_venue.GetPositionAsync);
            if (position.IsSuccess)
            {
                await FlattenAsync(position.Value, "[SHUTDOWN] Closing the open position");
            }
            else
            {
                PositionUnconfirmedAtShutdown(position.Error);
            }
        }

        foreach (var order in _tracker.Where(o => o.FilledQuantity > 0 && !o.FillsComplete))
        {
            await _desk.CompleteFillsAsync(order);
        }

        _log.Info($"Graceful shutdown completed");
    }
}
