using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The outcome of one post-only open: the order (if one was placed) and how much of it filled; <paramref name="Error"/>
/// is the venue's refusal when the open failed on one (refused outright, or accepted and then rejected).
/// </summary>
public sealed record OpenResult(TrackedOrder? Order, decimal Filled, string? Failure, bool Unsettled = false, VenueError? Error = null)
{
    public decimal? LimitPrice => Order?.Request.Price;
}

/// <summary>
/// Spec 2.6/2.7: place a post-only open one tick inside the far touch, wait for it, chase when the touch moves
/// away, and settle it (cancel, confirm, count what filled) before anything is closed. Fill and cancel may race;
/// the venue's final state decides, matched by the order's own client id.
/// </summary>
public sealed class OpenCycle
{
    /// <summary>Cancel requests for one open before its state is given up as unknown.</summary>
    public const int CancelAttempts = 3;

    private readonly MarketReader _market;
    private readonly OrderDesk _desk;
    private readonly ClientOrderIds _ids;
    private readonly MarketRules _rules;
    private readonly BotSettings _settings;
    private readonly BotTimings _timings;
    private readonly TimeProvider _time;
    private readonly ActivityLog _log;

    public OpenCycle(MarketReader market, OrderDesk desk, ClientOrderIds ids, MarketRules rules, BotSettings settings, BotTimings timings, TimeProvider time, ActivityLog log)
    {
        _market = market;
        _desk = desk;
        _ids = ids;
        _rules = rules;
        _settings = settings;
        _timings = timings;
        _time = time;
        _log = log;
    }

    /// <summary>
    /// One open, re-priced while the venue refuses the post-only for crossing: at once (an error) or a moment after
    /// accepting it (Paradex: NEW, then CLOSED POST_ONLY_WOULD_CROSS; GRVT: PENDING, then REJECTED). One attempt budget.
    /// </summary>
    public async Task<OpenResult> RunAsync(int cycle, decimal quantity, CancellationToken stopToken)
    {
        string? failure = null;
        for (var attempt = 0; attempt < _timings.PostOnlyAttempts && !stopToken.IsCancellationRequested; attempt++)
        {
            var top = await _market.ReadTopAsync(stopToken);
            if (top is null)
            {
                return new OpenResult(null, 0, "no usable bid/ask");
            }

            var price = OpenPrice.For(_settings.Direction, top, _rules);
            var request = new OrderRequest(_ids.Next(), _settings.Direction, OrderKind.PostOnly, quantity, price);
            var order = _desk.Tracker.Track(request, OrderPurpose.Open, cycle, top.Mid);
            var placed = await _desk.PlaceAsync(order, stopToken);
            if (!placed.IsSuccess)
            {
                failure = placed.Error.Message;
                if (placed.Error.Kind != VenueErrorKind.PostOnlyWouldCross)
                {
                    _log.Error($"[OPEN] Error placing order: {placed.Error}");
                    return new OpenResult(null, 0, failure, Error: placed.Error);
                }

                _log.Info($"[OPEN] Post-only would cross at {price}; re-pricing");
                continue;
            }

            _log.Info($"[OPEN] [{order.ClientOrderId}] Placed post-only {_settings.Direction.ToLowerName()} {quantity} @ {price}");
            var result = await MonitorAsync(order, stopToken);
            if (order.Latest?.Rejection is not { } rejection || result.Filled > 0)
            {
                return result;
            }

            if (rejection.Kind != VenueErrorKind.PostOnlyWouldCross)
            {
                // accepted, then refused for margin or size: a refusal like any other, not a crossing to re-price
                _log.Error($"[OPEN] [{order.ClientOrderId}] Error placing order: {rejection}");
                return new OpenResult(null, 0, rejection.Message, Error: rejection);
            }

            failure = $"post-only rejected: {order.Latest?.CancelReason ?? order.Latest?.RawStatus}";
            _log.Info($"[OPEN] [{order.ClientOrderId}] {failure}; re-pricing");
            if (attempt + 1 >= _timings.PostOnlyAttempts || stopToken.IsCancellationRequested)
            {
                return result;
            }
        }

        return new OpenResult(null, 0, failure ?? "stopped");
    }

    private async Task<OpenResult> MonitorAsync(TrackedOrder order, CancellationToken stopToken)
    {
        var price = order.Request.Price!.Value;
        while (!order.IsTerminal)
        {
            bool terminal;
            try
            {
                terminal = await _desk.Tracker.WaitUntilAsync(order, o => o.IsTerminal, _timings.ChaseInterval, stopToken);
            }
            catch (OperationCanceledException)
            {
                _log.Info($"[OPEN] [{order.ClientOrderId}] Stop requested; cancelling the open order");
                break;
            }

            if (terminal)
            {
                break;
            }

            // the stream may be silent: ask about the order itself before judging the price (spec 2.7 path B)
            await _desk.RefreshAsync(order);
            if (order.IsTerminal)
            {
                break;
            }

            var top = await _market.ReadTopAsync(CancellationToken.None);
            if (top is not null && OpenPrice.IsStillCompetitive(_settings.Direction, price, OpenPrice.For(_settings.Direction, top, _rules)))
            {
                _log.Info($"[OPEN] [{order.ClientOrderId}] Waiting for order to be filled @ {price}");
                continue;
            }

            _log.Info($"[OPEN] [{order.ClientOrderId}] Cancelling order and placing a new order");
            break;
        }

        var settled = order.IsTerminal || await CancelAndSettleAsync(order);
        if (!settled)
        {
            _log.Error($"[OPEN] [{order.ClientOrderId}] Could not confirm the order's final state within {_timings.SettleTimeout.TotalSeconds:0} s of asking to cancel it; {order.FilledQuantity} known filled");
        }

        return new OpenResult(order, order.FilledQuantity, settled ? null : "open order state unknown", Unsettled: !settled);
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
                    _log.Info($"[OPEN] [{order.ClientOrderId}] Filled before the cancel landed: {order.FilledQuantity}");
                }

                return true;
            }
        }

        return false;
    }
}
