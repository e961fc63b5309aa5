using System.Diagnostics;

namespace VolumeBot.Core.Timing;

/// <summary>
/// The bot's own part of the hot path, always on: from the moment the event that told the bot its open filled was
/// taken from the venue's stream to the moment the close's request was handed to the HTTP transport (signing and
/// serialising included, loopback and the venue excluded). One stopwatch read at each end, no allocation per close.
/// An open settled by a REST read instead of the stream is not timed: that wait is the venue's, not the bot's.
/// </summary>
public sealed class CloseLatency
{
    /// <summary>Closes kept for the percentiles; a longer run keeps the newest.</summary>
    public const int Kept = 8_192;

    private static readonly AsyncLocal<Submission?> InFlight = new();
    private readonly object _gate = new();
    private readonly long[] _ticks = new long[Kept];
    private readonly long[] _wakeTicks = new long[Kept];
    private readonly long[] _decideTicks = new long[Kept];
    private long _count;
    private long _openFilledAt;
    private long _resumedAt;

    /// <summary>Closes timed so far.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Called by the venue's HTTP layer as it hands a request to the transport; a no-op outside a timed close.</summary>
    public static void RequestHandedToTransport()
    {
        if (InFlight.Value is { } submission)
        {
            submission.HandedAt = Stopwatch.GetTimestamp(); // the last request of the submission is the order itself
        }
    }

    /// <summary>An open filled; <paramref name="eventTakenAt"/> is the stopwatch time of the stream event that said so (0: not from the stream).</summary>
    public void OpenFilled(long eventTakenAt)
    {
        lock (_gate)
        {
            _openFilledAt = eventTakenAt;
            _resumedAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>
    /// Starts timing the submission of the first close order after an open filled; dispose it once the venue client
    /// returned. Null when there is nothing to time.
    /// </summary>
    public Submission? BeginClose()
    {
        long since, resumed;
        lock (_gate)
        {
            (since, resumed) = (_openFilledAt, _resumedAt);
            _openFilledAt = 0;
        }

        if (since == 0)
        {
            return null;
        }

        var submission = new Submission(this, since, resumed, Stopwatch.GetTimestamp());
        InFlight.Value = submission;
        return submission;
    }

    /// <summary>Percentiles in microseconds of the closes kept, or null before the first.</summary>
    public LatencyFigures? Figures()
    {
        long[] sorted, wake, decide;
        long count;
        lock (_gate)
        {
            count = _count;
            var kept = (int)Math.Min(count, Kept);
            (sorted, wake, decide) = (_ticks[..kept], _wakeTicks[..kept], _decideTicks[..kept]);
        }

        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        Array.Sort(wake);
        Array.Sort(decide);
        return new LatencyFigures(count, Micros(Percentile(sorted, 50)), Micros(Percentile(sorted, 99)), Micros(sorted[^1]), Micros(Percentile(wake, 99)), Micros(Percentile(decide, 99)));
    }

    private static long Percentile(long[] sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    private void Record(long since, long resumed, long placing, long handed)
    {
        lock (_gate)
        {
            var slot = _count % Kept;
            _ticks[slot] = handed - since;
            _wakeTicks[slot] = resumed - since;
            _decideTicks[slot] = placing - resumed;
            _count++;
        }
    }

    /// <summary>One close order on its way to the transport.</summary>
    public sealed class Submission : IDisposable
    {
        private readonly CloseLatency _owner;
        private readonly long _since;
        private readonly long _resumed;
        private readonly long _placing;

        internal Submission(CloseLatency owner, long since, long resumed, long placing)
        {
            _owner = owner;
            _since = since;
            _resumed = resumed;
            _placing = placing;
        }

        internal long HandedAt { get; set; }

        public void Dispose()
        {
            InFlight.Value = null;
            if (HandedAt != 0)
            {
                _owner.Record(_since, _resumed, _placing, HandedAt);
            }
        }
    }
}

/// <summary>
/// The bot's own part of fill-to-close, in microseconds, over <paramref name="Count"/> closes, and the p99 of its first
/// two stretches: the strategy waking up after the event (<paramref name="WakeP99"/>) and deciding the close until the
/// venue client is called (<paramref name="DecideP99"/>); the rest is the venue client signing and sending.
/// </summary>
public sealed record LatencyFigures(long Count, double P50, double P99, double Max, double WakeP99, double DecideP99)
{
    public string ToLine() =>
        FormattableString.Invariant($"[LATENCY] Open fill to close sent (the bot's own part): {Count} closes, p50 {P50:F0} us, p99 {P99:F0} us, max {Max:F0} us (p99 of waking up {WakeP99:F0} us, of deciding the close {DecideP99:F0} us)");
}
