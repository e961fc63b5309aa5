using VolumeBot.Core.Accounting;
using VolumeBot.Core.Timing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Sends, cancels and settles orders through the venue: transient errors are retried, an unknown outcome is
/// resolved by looking the client id up (never by sending again), and "done" means the venue confirmed it.
/// </summary>
public sealed class OrderDesk
{
    private const int ReadAttempts = 6;
    private readonly IExchangeClient _venue;
    private readonly OrderTracker _tracker;
    private readonly CostLedger _ledger;
    private readonly BotTimings _timings;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ActivityLog _log;

    public OrderDesk(IExchangeClient venue, OrderTracker tracker, CostLedger ledger, BotTimings timings, TimeProvider time, ActivityLog log)
    {
        _venue = venue;
        _tracker = tracker;
        _ledger = ledger;
        _timings = timings;
        _backoff = new Backoff(timings, time);
        _time = time;
        _log = log;
    }

    public OrderTracker Tracker => _tracker;

    /// <summary>The bot's own part of open fill to close sent.</summary>
    public CloseLatency CloseLatency { get; } = new();

    /// <summary>Places an order; on failure the error says why and no order of this client id is live.</summary>
    public async Task<VenueResult<TrackedOrder>> PlaceAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            VenueResult<OrderSnapshot> result;
            using (order.Purpose is OrderPurpose.Close or OrderPurpose.TakeProfit ? CloseLatency.BeginClose() : null)
            {
                result = await _venue.PlaceOrderAsync(order.Request, CancellationToken.None);
            }

            if (result.IsSuccess)
            {
                _tracker.Apply(result.Value);
                return VenueResult<TrackedOrder>.Ok(order);
            }

            var error = result.Error;
            if (error.Kind == VenueErrorKind.UnknownOutcome)
            {
                _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Submission outcome unknown ({error.Message}); looking the order up");
                return await ResolveUnknownSubmissionAsync(order, error);
            }

            if (!error.IsTransient || attempt + 1 >= ReadAttempts || cancellationToken.IsCancellationRequested)
            {
                return error;
            }

            _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] Venue busy ({error.Message}); retrying order submission");
            await _backoff.WaitAsync(attempt, CancellationToken.None);
        }
    }

    /// <summary>When settling an order that starts now must be over (<see cref="BotTimings.SettleTimeout"/>).</summary>
    public DateTimeOffset SettleDeadline() => _time.GetUtcNow() + _timings.SettleTimeout;

    /// <summary>
    /// Requests a cancel, asking again (each time said in the log) while the venue is busy and the deadline allows. A
    /// "not found" or "already closed" answer is fine: settling finds out what happened.
    /// </summary>
    public async Task RequestCancelAsync(TrackedOrder order, DateTimeOffset? deadline = null)
    {
        var until = deadline ?? SettleDeadline();
        var tag = $"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}]";
        for (var attempt = 0; ; attempt++)
        {
            var result = await _venue.CancelOrderAsync(order.ClientOrderId, CancellationToken.None);
            if (result.IsSuccess || !result.Error.IsTransient)
            {
                if (!result.IsSuccess)
                {
                    _log.Info($"{tag} Cancel not accepted ({result.Error.Message}); checking the order");
                }

                return;
            }

            var delay = _backoff.DelayFor(attempt);
            if (attempt + 1 >= ReadAttempts || _time.GetUtcNow() + delay >= until)
            {
                _log.Warn($"{tag} Cancel not answered ({result.Error.Message}); stopped asking after {attempt + 1} tries, checking the order");
                return;
            }

            _log.Warn($"{tag} Cancel not answered ({result.Error.Message}); asking again in {delay.TotalSeconds:0.##} s ({attempt + 2}/{ReadAttempts})");
            await Task.Delay(delay, _time);
        }
    }

    /// <summary>
    /// Waits for a terminal state, from the stream first and then from REST, until the deadline; false only if the
    /// venue could not tell after repeated asking.
    /// </summary>
    public async Task<bool> SettleAsync(TrackedOrder order, TimeSpan streamTimeout, DateTimeOffset? deadline = null)
    {
        var until = deadline ?? SettleDeadline();
        if (await _tracker.WaitUntilAsync(order, o => o.IsTerminal, Capped(streamTimeout, until), CancellationToken.None))
        {
            return true;
        }

        for (var attempt = 0; attempt < ReadAttempts && !order.IsTerminal && _time.GetUtcNow() < until; attempt++)
        {
            var refreshed = await RefreshAsync(order);
            if (order.IsTerminal)
            {
                break;
            }

            var wait = Capped(_backoff.DelayFor(attempt), until);
            if (refreshed && await _tracker.WaitUntilAsync(order, o => o.IsTerminal, wait, CancellationToken.None))
            {
                break;
            }

            if (!refreshed && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time);
            }
        }

        return order.IsTerminal;
    }

    /// <summary>Reads the order over REST and applies it; false when the venue could not answer.</summary>
    public async Task<bool> RefreshAsync(TrackedOrder order)
    {
        var result = await _venue.GetOrderAsync(order.ClientOrderId, CancellationToken.None);
        if (result.IsSuccess)
        {
            _tracker.Apply(result.Value);
            return true;
        }

        _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Order query failed: {result.Error.Message}");
        return false;
    }

    /// <summary>Makes sure every fill of a settled order is in the ledger, fetching missing ones over REST.</summary>
    /// <param name="order">A settled order.</param>
    /// <param name="waitForStream">False when called from the event pump itself, which cannot deliver fills while it waits.</param>
    public async Task CompleteFillsAsync(TrackedOrder order, bool waitForStream = true)
    {
        if (order.FillsComplete || (waitForStream && await _tracker.WaitUntilAsync(order, o => o.FillsComplete, _timings.FillReportTimeout, CancellationToken.None)))
        {
            return;
        }

        for (var attempt = 0; attempt < ReadAttempts && !order.FillsComplete; attempt++)
        {
            var result = await _venue.GetFillsAsync(order.ClientOrderId, CancellationToken.None);
            if (result.IsSuccess)
            {
                foreach (var fill in result.Value)
                {
                    var (owner, _) = _tracker.Apply(fill);
                    _ledger.Record(fill, owner);
                }

                if (order.FillsComplete)
                {
                    return;
                }
            }

            await _backoff.WaitAsync(attempt, CancellationToken.None);
        }

        _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Fills add up to {order.FilledByFills} of {order.FilledQuantity} filled; cost figures may be incomplete");
    }

    /// <summary>After the order stream dropped: every live order read again over REST, every fill it may have missed fetched.</summary>
    public async Task CatchUpAfterDropAsync()
    {
        foreach (var order in _tracker.Where(o => !o.IsTerminal && !o.Abandoned))
        {
            await RefreshAsync(order);
        }

        foreach (var order in _tracker.Where(o => o.FilledQuantity > 0 && !o.FillsComplete))
        {
            await CompleteFillsAsync(order, waitForStream: false);
        }
    }

    /// <summary>Places a taker order (IOC or market) and waits until it is settled with its fills.</summary>
    public async Task<VenueResult<TrackedOrder>> ExecuteAsync(TrackedOrder order)
    {
        var placed = await PlaceAsync(order, CancellationToken.None);
        if (!placed.IsSuccess)
        {
            return placed;
        }

        var deadline = SettleDeadline();
        if (!await SettleAsync(order, _timings.TakerSettleTimeout, deadline))
        {
            // an IOC or market order cannot rest for long; cancel in case the venue is slow and ask again
            await RequestCancelAsync(order, deadline);
            if (!await SettleAsync(order, _timings.ConfirmTimeout, deadline))
            {
                return VenueResult<TrackedOrder>.Fail(VenueErrorKind.UnknownOutcome, $"order {order.ClientOrderId} did not settle within {_timings.SettleTimeout.TotalSeconds:0} s");
            }
        }

        if (order.FilledQuantity > 0)
        {
            await CompleteFillsAsync(order);
        }

        return VenueResult<TrackedOrder>.Ok(order);
    }

    private TimeSpan Capped(TimeSpan wait, DateTimeOffset until)
    {
        var left = until - _time.GetUtcNow();
        return left <= TimeSpan.Zero ? TimeSpan.Zero : wait < left ? wait : left;
    }

    private async Task<VenueResult<TrackedOrder>> ResolveUnknownSubmissionAsync(TrackedOrder order, VenueError error)
    {
        for (var attempt = 0; attempt < ReadAttempts; attempt++)
        {
            await _backoff.WaitAsync(attempt, CancellationToken.None);
            var lookup = await _venue.GetOrderAsync(order.ClientOrderId, CancellationToken.None);
            if (lookup.IsSuccess)
            {
                _tracker.Apply(lookup.Value);
                _log.Info($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Found the order on the venue; not sending it again");
                return VenueResult<TrackedOrder>.Ok(order);
            }

            if (lookup.Error.Kind == VenueErrorKind.NotFound && attempt >= 2)
            {
                break;
            }
        }

        order.Abandoned = true;
        _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] The venue does not know the order; treating it as not placed");
        return error;
    }
}
