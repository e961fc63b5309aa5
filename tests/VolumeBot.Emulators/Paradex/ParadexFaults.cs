namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// Faults a test can switch on: error answers for the next requests, dropped WebSockets, delayed or duplicated
/// events, forced post-only rejections, revoked tokens, and an order that is accepted but whose answer never arrives.
/// Every fault is counted down as it fires.
/// </summary>
public sealed class ParadexFaults
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<string> _timedOutClientIds = [];
    private int _failuresLeft;
    private int _failureStatus;
    private string? _failurePath;
    private int _postOnlyRejectionsLeft;
    private int _orderTimeoutsLeft;
    private TimeSpan? _orderTimeoutHold;
    private int _delayedEventsLeft;
    private TimeSpan _eventDelay;
    private int _duplicatedEventsLeft;
    private DateTimeOffset _refuseSocketsUntil;

    internal ParadexFaults(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Raised when a test asks to drop every open WebSocket.</summary>
    internal event Action? DropRequested;

    /// <summary>Client ids of orders that were accepted while their answer was withheld.</summary>
    public IReadOnlyList<string> TimedOutClientIds
    {
        get
        {
            lock (_gate)
            {
                return _timedOutClientIds.ToList();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> REST requests (whose path contains <paramref name="pathContains"/>, if given) get <paramref name="status"/> without being processed.</summary>
    public void FailNextRequests(int count, int status = 429, string? pathContains = null)
    {
        lock (_gate)
        {
            _failuresLeft = count;
            _failureStatus = status;
            _failurePath = pathContains;
        }
    }

    /// <summary>The next post-only orders are closed at once with POST_ONLY_WOULD_CROSS, crossing or not.</summary>
    public void RejectNextPostOnly(int count = 1)
    {
        lock (_gate)
        {
            _postOnlyRejectionsLeft = count;
        }
    }

    /// <summary>
    /// The next order is accepted (it exists and trades) but its HTTP answer is withheld: after <paramref name="hold"/>
    /// (at once when null) the connection is cut, so the client sees a timeout or a reset.
    /// </summary>
    public void TimeOutNextOrder(TimeSpan? hold = null)
    {
        lock (_gate)
        {
            _orderTimeoutsLeft = 1;
            _orderTimeoutHold = hold;
        }
    }

    /// <summary>The next <paramref name="count"/> WebSocket events are sent <paramref name="delay"/> late (in order).</summary>
    public void DelayEvents(TimeSpan delay, int count)
    {
        lock (_gate)
        {
            _eventDelay = delay;
            _delayedEventsLeft = count;
        }
    }

    /// <summary>The next <paramref name="count"/> WebSocket events are sent twice.</summary>
    public void DuplicateEvents(int count)
    {
        lock (_gate)
        {
            _duplicatedEventsLeft = count;
        }
    }

    /// <summary>Cuts every open WebSocket; new connections are refused for <paramref name="downFor"/>.</summary>
    public void DropWebSockets(TimeSpan downFor = default)
    {
        lock (_gate)
        {
            _refuseSocketsUntil = _time.GetUtcNow() + downFor;
        }

        DropRequested?.Invoke();
    }

    internal bool TryTakeRequestFailure(string path, out int status)
    {
        lock (_gate)
        {
            status = _failureStatus;
            if (_failuresLeft <= 0 || (_failurePath is not null && !path.Contains(_failurePath, StringComparison.Ordinal)))
            {
                return false;
            }

            _failuresLeft--;
            return true;
        }
    }

    internal bool TryTakePostOnlyRejection()
    {
        lock (_gate)
        {
            if (_postOnlyRejectionsLeft <= 0)
            {
                return false;
            }

            _postOnlyRejectionsLeft--;
            return true;
        }
    }

    internal bool TryTakeOrderTimeout(string clientId, out TimeSpan? hold)
    {
        lock (_gate)
        {
            hold = _orderTimeoutHold;
            if (_orderTimeoutsLeft <= 0)
            {
                return false;
            }

            _orderTimeoutsLeft--;
            _timedOutClientIds.Add(clientId);
            return true;
        }
    }

    internal (TimeSpan Delay, bool Duplicate) TakeEventFaults()
    {
        lock (_gate)
        {
            var delay = TimeSpan.Zero;
            if (_delayedEventsLeft > 0)
            {
                _delayedEventsLeft--;
                delay = _eventDelay;
            }

            var duplicate = _duplicatedEventsLeft > 0;
            if (duplicate)
            {
                _duplicatedEventsLeft--;
            }

            return (delay, duplicate);
        }
    }

    internal bool RefusesSockets
    {
        get
        {
            lock (_gate)
            {
                return _time.GetUtcNow() < _refuseSocketsUntil;
            }
        }
    }
}
