using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// Faults a test can switch on: error answers for the next requests, dropped WebSockets, lost (a feed gap), delayed or
/// duplicated events, orders accepted and then closed with a rejection reason, an order or a cancel that is carried
/// out but whose answer never arrives. Faults stack as on the GRVT emulator: asking again adds to what is left, and
/// every fault is used up by the request or message it hits. Thread-safe.
/// </summary>
public sealed class ParadexFaults
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<string> _timedOutClientIds = [];
    private readonly List<RequestFault> _requestFaults = [];
    private readonly List<(string Reason, Side? Side)> _orderRejections = [];
    private readonly Queue<TimeSpan?> _orderTimeouts = new();
    private readonly Countdown _postOnlyRejections = new();
    private readonly Countdown _lostCancelAnswers = new();
    private readonly Countdown _unknownSbeFrames = new();
    private int _unknownSbeFramesSent;
    private readonly Countdown _droppedEvents = new();
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

    /// <summary>WebSocket events lost so far by <see cref="DropNextEvents"/>.</summary>
    public int DroppedEvents { get; private set; }

    /// <summary>The next <paramref name="count"/> REST requests (whose path contains <paramref name="pathContains"/>, if given) get <paramref name="status"/> without being processed.</summary>
    public void FailNextRequests(int count, int status = 429, string? pathContains = null)
    {
        lock (_gate)
        {
            _requestFaults.Add(new RequestFault(pathContains, status) { Remaining = count });
        }
    }

    /// <summary>The next post-only orders are closed at once with POST_ONLY_WOULD_CROSS, crossing or not.</summary>
    public void RejectNextPostOnly(int count = 1) => _postOnlyRejections.Add(count);

    /// <summary>
    /// The next <paramref name="count"/> orders (of <paramref name="side"/> only, when given) are accepted (201, NEW)
    /// and closed at once with <paramref name="cancelReason"/> (e.g. NOT_ENOUGH_MARGIN), over REST and the WebSocket,
    /// as Paradex does.
    /// </summary>
    public void RejectNextOrders(string cancelReason, int count = 1, Side? side = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _orderRejections.Add((cancelReason, side));
            }
        }
    }

    /// <summary>
    /// The next order is accepted (it exists and trades) but its HTTP answer is withheld: after <paramref name="hold"/>
    /// (at once when null) the connection is cut, so the client sees a timeout or a reset.
    /// </summary>
    public void TimeOutNextOrder(TimeSpan? hold = null, int count = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _orderTimeouts.Enqueue(hold);
            }
        }
    }

    /// <summary>The next <paramref name="count"/> cancels are carried out but their answer is lost: the connection is cut.</summary>
    public void LoseNextCancelAnswers(int count = 1) => _lostCancelAnswers.Add(count);

    /// <summary>
    /// The next <paramref name="count"/> order and fill events are lost while the connection stays up (a feed gap).
    /// Paradex's private channels carry no sequence numbers, so a client only finds out by asking over REST.
    /// </summary>
    public void DropNextEvents(int count = 1) => _droppedEvents.Add(count);

    /// <summary>The next <paramref name="count"/> WebSocket events are sent <paramref name="delay"/> late (in order).</summary>
    public void DelayEvents(TimeSpan delay, int count)
    {
        lock (_gate)
        {
            _eventDelay = delay;
            _delayedEventsLeft += count;
        }
    }

    /// <summary>The next <paramref name="count"/> WebSocket events are sent twice.</summary>
    public void DuplicateEvents(int count)
    {
        lock (_gate)
        {
            _duplicatedEventsLeft += count;
        }
    }

    /// <summary>
    /// Before each of the next <paramref name="count"/> SBE book frames, a binary frame of a template the client does
    /// not read (99), as the venue adds messages to the schema over time.
    /// </summary>
    public void SendUnknownSbeFrames(int count) => _unknownSbeFrames.Add(count);

    /// <summary>Unknown-template SBE frames actually sent.</summary>
    public int UnknownSbeFramesSent => Volatile.Read(ref _unknownSbeFramesSent);

    /// <summary>Cuts every open WebSocket; new connections are refused for <paramref name="downFor"/>.</summary>
    public void DropWebSockets(TimeSpan downFor = default)
    {
        lock (_gate)
        {
            var until = _time.GetUtcNow() + downFor;
            _refuseSocketsUntil = until > _refuseSocketsUntil ? until : _refuseSocketsUntil;
        }

        DropRequested?.Invoke();
    }

    internal bool TryTakeRequestFailure(string path, out int status)
    {
        lock (_gate)
        {
            var fault = _requestFaults.FirstOrDefault(f => f.PathContains is null || path.Contains(f.PathContains, StringComparison.Ordinal));
            status = fault?.Status ?? 0;
            if (fault is null)
            {
                return false;
            }

            if (--fault.Remaining <= 0)
            {
                _requestFaults.Remove(fault);
            }

            return true;
        }
    }

    internal bool TryTakePostOnlyRejection() => _postOnlyRejections.Take();

    internal string? TakeOrderRejection(Side side)
    {
        lock (_gate)
        {
            var index = _orderRejections.FindIndex(r => r.Side is null || r.Side == side);
            if (index < 0)
            {
                return null;
            }

            var reason = _orderRejections[index].Reason;
            _orderRejections.RemoveAt(index);
            return reason;
        }
    }

    internal bool TryTakeOrderTimeout(string clientId, out TimeSpan? hold)
    {
        lock (_gate)
        {
            if (!_orderTimeouts.TryDequeue(out hold))
            {
                return false;
            }

            _timedOutClientIds.Add(clientId);
            return true;
        }
    }

    internal bool TryTakeLostCancelAnswer() => _lostCancelAnswers.Take();

    internal bool TryTakeUnknownSbeFrame()
    {
        if (!_unknownSbeFrames.Take())
        {
            return false;
        }

        Interlocked.Increment(ref _unknownSbeFramesSent);
        return true;
    }

    internal (bool Drop, TimeSpan Delay, bool Duplicate) TakeEventFaults()
    {
        lock (_gate)
        {
            if (_droppedEvents.Take())
            {
                DroppedEvents++;
                return (true, TimeSpan.Zero, false);
            }

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

            return (false, delay, duplicate);
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

    /// <summary>A fault armed for its next occurrences; arming it again adds to what is left.</summary>
    private sealed class Countdown
    {
        private int _left;

        public void Add(int count) => Interlocked.Add(ref _left, count);

        public bool Take()
        {
            for (var left = Volatile.Read(ref _left); left > 0; left = Volatile.Read(ref _left))
            {
                if (Interlocked.CompareExchange(ref _left, left - 1, left) == left)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record RequestFault(string? PathContains, int Status)
    {
        public int Remaining { get; set; }
    }
}
