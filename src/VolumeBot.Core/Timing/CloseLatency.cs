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
    public const int Kept = 65_536;

    private static readonly AsyncLocal<Submission?> InFlight = new();
    private readonly object _gate = new();
    private readonly long[] _ticks = new long[Kept];
    private long _count;
    private long _openFilledAt;

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
        Interlocked.Exchange(ref _openFilledAt, eventTakenAt);
    }

    /// <summary>
    /// Starts timing the submission of the first close order after an open filled; dispose it once the venue client
    /// returned. Null when there is nothing to time.
    /// </summary>
    public Submission? BeginClose()
    {
        var since = Interlocked.Exchange(ref _openFilledAt, 0);
        if (since == 0)
        {
            return null;
        }

        var submission = new Submission(this, since);
        InFlight.Value = submission;
        return submission;
    }

    /// <summary>Percentiles in microseconds of the closes kept, or null before the first.</summary>
    public LatencyFigures? Figures()
    {
        long[] sorted;
        long count;
        lock (_gate)
        {
            count = _count;
            sorted = _ticks.AsSpan(0, (int)Math.Min(count, Kept)).ToArray();
        }

        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        return new LatencyFigures(count, Micros(Percentile(sorted, 50)), Micros(Percentile(sorted, 99)), Micros(sorted[^1]));
    }

    private static long Percentile(long[] sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    private void Record(long ticks)
    {
        lock (_gate)
        {
            _ticks[_count % Kept] = ticks;
            _count++;
        }
    }

    /// <summary>One close order on its way to the transport.</summary>
    public sealed class Submission : IDisposable
    {
        private readonly CloseLatency _owner;
        private readonly long _since;

        internal Submission(CloseLatency owner, long since)
        {
            _owner = owner;
            _since = since;
        }

        internal long HandedAt { get; set; }

        public void Dispose()
        {
            InFlight.Value = null;
            if (HandedAt != 0)
            {
                _owner.Record(HandedAt - _since);
            }
        }
    }
}

/// <summary>The bot's own part of fill-to-close, in microseconds, over <paramref name="Count"/> closes.</summary>
public sealed record LatencyFigures(long Count, double P50, double P99, double Max)
{
    public string ToLine() =>
        FormattableString.Invariant($"[LATENCY] Open fill to close sent (the bot's own part): {Count} closes, p50 {P50:F0} us, p99 {P99:F0} us, max {Max:F0} us");
}
