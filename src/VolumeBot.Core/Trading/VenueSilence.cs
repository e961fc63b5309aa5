namespace VolumeBot.Core.Trading;

/// <summary>
/// How long a venue has left every request unanswered (5xx, timeouts, refused connections): from the start of the
/// first request that got no answer since the venue last answered anything. Once that lasts <see cref="Limit"/> the
/// venue counts as down for the rest of the run, so a hedged run halts within a known time instead of retrying every
/// order, close and read against a venue that is gone. Thread-safe: the loop and the event pumps share it.
/// </summary>
internal sealed class VenueSilence(TimeSpan limit, TimeProvider time)
{
    private readonly object _gate = new();
    private DateTimeOffset? _silentSince;
    private bool _down;

    public TimeSpan Limit => limit;

    /// <summary>True once the venue went <see cref="Limit"/> without an answer; it stays down.</summary>
    public bool IsDown
    {
        get
        {
            lock (_gate)
            {
                return _down || (_down = _silentSince is { } since && time.GetUtcNow() - since >= limit);
            }
        }
    }

    /// <summary>How long a request starting now may wait for its answer before the venue counts as down.</summary>
    public TimeSpan TimeLeft()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var left = (_silentSince ?? now) + limit - now;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>The venue answered something (an order, an error of its own, a rate limit): it is up.</summary>
    public void Answered()
    {
        lock (_gate)
        {
            if (!_down)
            {
                _silentSince = null;
            }
        }
    }

    /// <summary>A request sent at <paramref name="sentAt"/> got no answer.</summary>
    public void Unanswered(DateTimeOffset sentAt)
    {
        lock (_gate)
        {
            _silentSince = _silentSince is { } since && since < sentAt ? since : sentAt;
        }
    }
}
