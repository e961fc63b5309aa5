using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Placing;

/// <summary>
/// The one way the bot rests a maker order (spec 2.6/2.7), for opens, take-profits and maker closes: price it from the
/// touch, re-price at once while the venue refuses the post-only for crossing (refused outright, or accepted and then
/// rejected: Paradex NEW then CLOSED POST_ONLY_WOULD_CROSS, GRVT PENDING then REJECTED), chase it while it rests, and
/// settle a cancel that races a fill by the venue's final state, matched by the order's own client id.
/// </summary>
public sealed class PostOnlyPlacer
{
    /// <summary>Cancel requests for one resting order before its state is given up as unknown.</summary>
    public const int CancelAttempts = 3;

    private readonly MarketReader _market;
    private readonly OrderDesk _desk;
    private readonly ClientOrderIds _ids;
    private readonly BotTimings _timings;
    private readonly TimeProvider _time;
    private readonly ActivityLog _log;

    public PostOnlyPlacer(MarketReader market, OrderDesk desk, ClientOrderIds ids, BotTimings timings, TimeProvider time, ActivityLog log)
    {
        _market = market;
        _desk = desk;
        _ids = ids;
        _timings = timings;
        _time = time;
        _log = log;
    }

    /// <summary>
    /// One placement within one attempt budget. A chased quote returns once its order is settled (filled, or cancelled
    /// when the chase gave up on it); a left-resting quote returns once the venue has it on its book.
    /// </summary>
    public async Task<Placement> PlaceAsync(PostOnlyQuote quote, CancellationToken stopToken)
    {
        var tag = quote.Tag;
        string? failure = null;
        var retries = 0;
        var backoff = new Backoff(_timings, _time);
        for (var attempt = 0; attempt < _timings.PostOnlyAttempts + quote.OtherErrorRetries && !stopToken.IsCancellationRequested; attempt++)
        {
            var top = await _market.ReadTopAsync(quote.NeedsTouch ? stopToken : CancellationToken.None);
            if (top is null && quote.NeedsTouch)
            {
                return new Placement(null, 0, "no usable bid/ask");
            }

            var price = quote.PriceFor(top);
            var request = new OrderRequest(_ids.Next(), quote.Side, OrderKind.PostOnly, quote.Quantity, price, ReduceOnly: quote.ReduceOnly);
            var order = _desk.Tracker.Track(request, quote.Purpose, quote.Cycle, top?.Mid, quote.CloseMethod);
            var placed = await _desk.PlaceAsync(order, quote.Chase is null ? CancellationToken.None : stopToken);
            VenueError error;
            if (!placed.IsSuccess)
            {
                error = placed.Error;
                if (error.Kind == VenueErrorKind.PostOnlyWouldCross)
                {
                    _log.Info($"[{tag}] Post-only would cross at {price}; re-pricing");
                    failure = error.Message;
                    continue;
                }
            }
            else if (quote.Chase is null)
            {
                // venues accept first and may reject a crossing post-only a moment later: wait until it is on the book
                await _desk.Tracker.WaitUntilAsync(order, o => o.Status != OrderStatus.Pending, _timings.ConfirmTimeout, CancellationToken.None);
                if ((order.Latest?.Rejection ?? ClosedAtOnce(order)) is not { } refused)
                {
                    return new Placement(order, order.FilledQuantity, null);
                }

                error = refused;
                if (error.Kind == VenueErrorKind.PostOnlyWouldCross)
                {
                    _log.Info($"[{tag}] [{order.ClientOrderId}] Post-only rejected for crossing at {price}; re-pricing");
                    failure = error.ToString();
                    continue;
                }
            }
            else
            {
                _log.Info($"[{tag}] [{order.ClientOrderId}] Placed post-only {quote.Side.ToLowerName()} {quote.Quantity} @ {price}");
                var result = await RestAsync(order, quote.Chase, stopToken);
                if (order.Latest?.Rejection is not { } rejection || result.Filled > 0)
                {
                    return result;
                }

                if (rejection.Kind == VenueErrorKind.PostOnlyWouldCross)
                {
                    failure = $"post-only rejected: {order.Latest?.CancelReason ?? order.Latest?.RawStatus}";
                    _log.Info($"[{tag}] [{order.ClientOrderId}] {failure}; re-pricing");
                    if (attempt + 1 >= _timings.PostOnlyAttempts || stopToken.IsCancellationRequested)
                    {
                        return result;
                    }

                    continue;
                }

                // accepted, then refused for margin or size: a refusal like any other, not a crossing to re-price
                error = rejection;
            }

            failure = error.ToString();
            if (retries < quote.OtherErrorRetries)
            {
                await Task.Delay(backoff.DelayFor(retries++), _time);
                continue;
            }

            _log.Error($"[{tag}] {(placed.IsSuccess ? $"[{order.ClientOrderId}] " : "")}Error placing order: {error}");
            return new Placement(null, 0, error.Message, Error: error);
        }

        return new Placement(null, 0, failure ?? "stopped");
    }

    /// <summary>
    /// Watches a resting order: the stream's terminal state ends the wait at once; every touch check the touch is
    /// compared, and every chase interval the order itself is read (the stream may be silent, spec 2.7 path B).
    /// </summary>
    private async Task<Placement> RestAsync(TrackedOrder order, ChaseRule chase, CancellationToken stopToken)
    {
        var tag = ActivityLog.Tag(order.Purpose);
        var price = order.Request.Price!.Value;
        var nextRefresh = _time.GetUtcNow() + _timings.ChaseInterval;
        var waitingLogged = false;
        var touchEvery = _timings.TouchCheckInterval < _timings.ChaseInterval ? _timings.TouchCheckInterval : _timings.ChaseInterval;
        while (!order.IsTerminal)
        {
            var wait = touchEvery;
            if (chase.Until is { } until)
            {
                var left = until - _time.GetUtcNow();
                wait = left < wait ? left : wait;
            }

            bool terminal;
            try
            {
                terminal = wait > TimeSpan.Zero && await _desk.Tracker.WaitUntilAsync(order, o => o.IsTerminal, wait, stopToken);
            }
            catch (OperationCanceledException)
            {
                _log.Info($"[{tag}] [{order.ClientOrderId}] Stop requested; cancelling the {(order.Purpose == OrderPurpose.Open ? "open" : "close")} order");
                break;
            }

            if (terminal)
            {
                break;
            }

            if (chase.Until is { } deadline && _time.GetUtcNow() >= deadline)
            {
                _log.Info($"[{tag}] [{order.ClientOrderId}] Rested its time unfilled ({order.FilledQuantity} filled); cancelling");
                break;
            }

            var refresh = _time.GetUtcNow() >= nextRefresh;
            if (refresh)
            {
                nextRefresh = _time.GetUtcNow() + _timings.ChaseInterval;
                await _desk.RefreshAsync(order);
                if (order.IsTerminal)
                {
                    break;
                }
            }

            var top = await _market.ReadTopAsync(CancellationToken.None);
            if (top is not null && chase.KeepResting(price, top))
            {
                if (refresh || !waitingLogged)
                {
                    waitingLogged = true;
                    _log.Info($"[{tag}] [{order.ClientOrderId}] Waiting for order to be filled @ {price}");
                }

                continue;
            }

            _log.Info($"[{tag}] [{order.ClientOrderId}] Cancelling order and placing a new order");
            break;
        }

        var settled = order.IsTerminal || await CancelAndSettleAsync(order);
        if (!settled)
        {
            _log.Error($"[{tag}] [{order.ClientOrderId}] Could not confirm the order's final state within {_timings.SettleTimeout.TotalSeconds:0} s of asking to cancel it; {order.FilledQuantity} known filled");
        }

        return new Placement(order, order.FilledQuantity, settled ? null : $"{(order.Purpose == OrderPurpose.Open ? "open" : "close")} order state unknown", Unsettled: !settled);
    }

    /// <summary>Cancels and confirms, all within one <see cref="BotTimings.SettleTimeout"/>: retries never stack past it.</summary>
    private async Task<bool> CancelAndSettleAsync(TrackedOrder order)
    {
        var deadline = _desk.SettleDeadline();
        for (var attempt = 0; attempt < CancelAttempts && _time.GetUtcNow() < deadline; attempt++)
        {
            await _desk.RequestCancelAsync(order, deadline);
            if (await _desk.SettleAsync(order, _timings.ConfirmTimeout, deadline))
            {
                if (order.Status == OrderStatus.Filled)
                {
                    _log.Info($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Filled before the cancel landed: {order.FilledQuantity}");
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>A left-resting order the venue cancelled before it filled anything is not resting: place it again.</summary>
    private static VenueError? ClosedAtOnce(TrackedOrder order) =>
        order.Status == OrderStatus.Canceled && order.FilledQuantity == 0
            ? new VenueError(VenueErrorKind.Rejected, $"{(order.Purpose == OrderPurpose.TakeProfit ? "take-profit" : "order")} {order.ClientOrderId} cancelled at once ({order.Latest?.CancelReason ?? "no reason given"})")
            : null;
}
