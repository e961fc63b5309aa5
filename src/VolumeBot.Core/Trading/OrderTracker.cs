using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Applies venue events to the bot's orders, matched by client id or venue order id (never by "the current
/// order"), and wakes whoever waits for a condition on one order.
/// </summary>
public sealed class OrderTracker
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TrackedOrder> _byClientId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrackedOrder> _byVenueId = new(StringComparer.Ordinal);
    private readonly List<Waiter> _waiters = [];
    private readonly TimeProvider _time;

    public OrderTracker(TimeProvider time)
    {
        _time = time;
    }

    public TrackedOrder Track(OrderRequest request, OrderPurpose purpose, int cycle, decimal? referenceMid, string? closeMethod = null)
    {
        var order = new TrackedOrder(request, purpose, cycle, referenceMid, closeMethod);
        lock (_gate)
        {
            _byClientId.Add(request.ClientOrderId, order);
        }

        return order;
    }

    public TrackedOrder? Find(string? clientOrderId, string? venueOrderId)
    {
        lock (_gate)
        {
            return FindLocked(clientOrderId, venueOrderId);
        }
    }

    public IReadOnlyList<TrackedOrder> Where(Func<TrackedOrder, bool> predicate)
    {
        lock (_gate)
        {
            return _byClientId.Values.Where(predicate).ToList();
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byClientId.Count;
            }
        }
    }

    /// <summary>
    /// Drops finished orders whose fills are all in (a run of days would otherwise keep every order). A late event for
    /// a forgotten order is then treated like any order that is not the bot's: ignored, and its fill counted once by id.
    /// </summary>
    public int ForgetSettled()
    {
        lock (_gate)
        {
            var settled = _byClientId.Values.Where(o => o.IsTerminal && o.FillsComplete && !_waiters.Any(w => ReferenceEquals(w.Order, o))).ToList();
            foreach (var order in settled)
            {
                _byClientId.Remove(order.ClientOrderId);
                if (order.VenueOrderId is { } venueId)
                {
                    _byVenueId.Remove(venueId);
                }
            }

            return settled.Count;
        }
    }

    /// <summary>Applies an order snapshot; returns the order it belongs to, or null for an order that is not the bot's.</summary>
    /// <param name="snapshot">The venue's state of the order.</param>
    /// <param name="takenAt">Stopwatch time the stream event was taken; 0 for a REST answer.</param>
    public TrackedOrder? Apply(OrderSnapshot snapshot, long takenAt = 0)
    {
        lock (_gate)
        {
            var order = FindLocked(snapshot.ClientOrderId, snapshot.VenueOrderId);
            if (order is null)
            {
                return null;
            }

            if (order.Merge(snapshot))
            {
                order.LastEventTakenAt = takenAt;
                if (order.VenueOrderId is { } venueId)
                {
                    _byVenueId[venueId] = order;
                }
            }

            WakeLocked(order);
            return order;
        }
    }

    /// <summary>Applies a fill; returns (order or null, whether the fill was new).</summary>
    /// <param name="fill">The fill, from the stream or a REST read.</param>
    /// <param name="takenAt">Stopwatch time the stream event was taken; 0 for a REST answer.</param>
    public (TrackedOrder? Order, bool IsNew) Apply(Fill fill, long takenAt = 0)
    {
        lock (_gate)
        {
            var order = FindLocked(fill.ClientOrderId, fill.VenueOrderId);
            if (order is null)
            {
                return (null, true);
            }

            var isNew = order.AddFill(fill);
            if (isNew)
            {
                order.LastEventTakenAt = takenAt;
            }

            WakeLocked(order);
            return (order, isNew);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the order; false on timeout.</summary>
    public async Task<bool> WaitUntilAsync(TrackedOrder order, Func<TrackedOrder, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (condition(order))
            {
                return true;
            }

            waiter = new Waiter(order, condition);
            _waiters.Add(waiter);
        }

        // a timer and a registration complete the same promise, so the wait resumes where it was awaited
        using var timer = _time.CreateTimer(static s => ((Waiter)s!).Signal.TrySetResult(false), waiter, timeout, Timeout.InfiniteTimeSpan);
        await using var registration = cancellationToken.Register(static s => ((Waiter)s!).Signal.TrySetCanceled(), waiter);
        try
        {
            return await waiter.Signal.Task;
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private TrackedOrder? FindLocked(string? clientOrderId, string? venueOrderId)
    {
        if (clientOrderId is not null && _byClientId.TryGetValue(clientOrderId, out var byClient))
        {
            return byClient;
        }

        return venueOrderId is not null && _byVenueId.TryGetValue(venueOrderId, out var byVenue) ? byVenue : null;
    }

    private void WakeLocked(TrackedOrder order)
    {
        foreach (var waiter in _waiters)
        {
            if (ReferenceEquals(waiter.Order, order) && waiter.Condition(order))
            {
                waiter.Signal.TrySetResult(true);
            }
        }
    }

    private sealed record Waiter(TrackedOrder Order, Func<TrackedOrder, bool> Condition)
    {
        public TaskCompletionSource<bool> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
