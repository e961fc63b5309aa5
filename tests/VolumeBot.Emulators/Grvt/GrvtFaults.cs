namespace VolumeBot.Emulators.Grvt;

/// <summary>
/// Faults a test asks the GRVT emulator for (the same set as the Paradex emulator's): failed REST answers (rate limit
/// 1006, 5xx), a create_order or a cancel_order that is carried out but never answered, WebSockets refused for a while
/// after a drop (see <see cref="GrvtEmulator.DropWebSockets"/>), a forced post-only rejection, feed messages dropped (a sequence gap), duplicated,
/// delayed or numbered afresh. Each "next" fault is used up by the request or message it hits. Thread-safe.
/// </summary>
public sealed class GrvtFaults
{
    private readonly object _gate = new();
    private readonly List<RestFault> _restFaults = [];
    private int _timeOuts;
    private int _cancelTimeOuts;
    private DateTimeOffset _refuseSocketsUntil;
    private int _postOnlyRejections;
    private int _drops;
    private int _duplicates;
    private int _numberingRestarts;
    private TimeSpan _feedDelay;

    /// <summary>The next <paramref name="count"/> calls (to <paramref name="path"/>, e.g. "order", or any /full/v1 path) answer 1006 / HTTP 429.</summary>
    public void RateLimitNext(int count = 1, string? path = null) => FailNext(count, 429, 1006, "Rate limit exceeded", path);

    /// <summary>The next calls answer a transient 5xx (code 1002 "Internal Error" by default, as GRVT's gateway does).</summary>
    public void ServerErrorNext(int count = 1, string? path = null, int httpStatus = 503) => FailNext(count, httpStatus, 1002, "Internal Error", path);

    public void FailNext(int count, int httpStatus, int code, string message, string? path = null)
    {
        lock (_gate)
        {
            _restFaults.Add(new RestFault(path, httpStatus, code, message) { Remaining = count });
        }
    }

    /// <summary>The next create_order is accepted (the order exists) but its answer never comes: the client times out.</summary>
    public void TimeOutNextCreateOrder(int count = 1) => Add(ref _timeOuts, count);

    /// <summary>The next cancel_order is carried out (the order is cancelled) but its answer never comes: the client times out.</summary>
    public void TimeOutNextCancel(int count = 1) => Add(ref _cancelTimeOuts, count);

    /// <summary>The next post-only order ends REJECTED with FAIL_POST_ONLY, whether or not it would have crossed.</summary>
    public void RejectNextPostOnly(int count = 1) => Add(ref _postOnlyRejections, count);

    /// <summary>The next feed messages are lost: their sequence numbers are used, so the client sees a gap.</summary>
    public void DropNextFeedMessages(int count = 1) => Add(ref _drops, count);

    /// <summary>
    /// From the next feed message on, every subscription is numbered from 1 again on the same socket, as the venue does
    /// after a fail-over on its side: a client that reads the lower numbers as duplicates hears nothing more.
    /// </summary>
    public void RestartFeedNumberingNext() => Add(ref _numberingRestarts, 1);

    /// <summary>The next feed messages are sent twice with the same sequence number.</summary>
    public void DuplicateNextFeedMessages(int count = 1) => Add(ref _duplicates, count);

    /// <summary>Holds every feed message this long before sending it (order kept).</summary>
    public TimeSpan FeedDelay
    {
        get
        {
            lock (_gate)
            {
                return _feedDelay;
            }
        }

        set
        {
            lock (_gate)
            {
                _feedDelay = value;
            }
        }
    }

    internal RestFault? TakeRestFault(string path)
    {
        lock (_gate)
        {
            var fault = _restFaults.FirstOrDefault(f => f.Path is null || f.Path == path);
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining <= 0)
            {
                _restFaults.Remove(fault);
            }

            return fault;
        }
    }

    internal bool TakeTimeOut() => Take(ref _timeOuts);

    internal bool TakeCancelTimeOut() => Take(ref _cancelTimeOuts);

    /// <summary>WebSocket handshakes are refused (HTTP 503) until <paramref name="until"/>, as while the venue is down.</summary>
    internal void RefuseWebSocketsUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            _refuseSocketsUntil = until;
        }
    }

    internal bool RefusesWebSockets(DateTimeOffset now)
    {
        lock (_gate)
        {
            return now < _refuseSocketsUntil;
        }
    }

    internal bool TakePostOnlyRejection() => Take(ref _postOnlyRejections);

    internal bool TakeDrop() => Take(ref _drops);

    internal bool TakeDuplicate() => Take(ref _duplicates);

    internal bool TakeNumberingRestart() => Take(ref _numberingRestarts);

    private void Add(ref int counter, int count)
    {
        lock (_gate)
        {
            counter += count;
        }
    }

    private bool Take(ref int counter)
    {
        lock (_gate)
        {
            if (counter <= 0)
            {
                return false;
            }

            counter--;
            return true;
        }
    }

    internal sealed record RestFault(string? Path, int HttpStatus, int Code, string Message)
    {
        public int Remaining { get; set; }
    }
}
