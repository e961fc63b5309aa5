namespace VolumeBot.Simulation.Clock;

/// <summary>
/// Simulated time that only moves when told: <see cref="FireNext"/> jumps straight to the earliest pending timer and
/// fires it, so a wait of an hour costs nothing. Timers fire in due order, ties in creation order, which keeps a run
/// repeatable.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly PriorityQueue<Entry, (long DueTicks, long Sequence)> _queue = new();
    private DateTimeOffset _now = start;
    private long _sequence;

    /// <summary>Where every simulation starts unless told otherwise: a fixed instant, so logs and results repeat.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Start { get; } = start;

    public TimeSpan Elapsed => GetUtcNow() - Start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time to the earliest pending timer and runs its callback; false when nothing is pending.</summary>
    public bool FireNext()
    {
        Entry entry;
        lock (_gate)
        {
            while (true)
            {
                if (!_queue.TryDequeue(out entry, out var key))
                {
                    return false;
                }

                if (entry.Generation != entry.Timer.Generation)
                {
                    continue; // changed or disposed since it was queued
                }

                if (key.DueTicks > _now.UtcTicks)
                {
                    _now = new DateTimeOffset(key.DueTicks, TimeSpan.Zero);
                }

                entry.Timer.Rearm();
                break;
            }
        }

        entry.Timer.Invoke();
        return true;
    }

    private void Schedule(VirtualTimer timer, long generation, TimeSpan dueTime)
    {
        lock (_gate)
        {
            var due = _now.UtcTicks + Math.Max(0, dueTime.Ticks);
            _queue.Enqueue(new Entry(timer, generation), (due, ++_sequence));
        }
    }

    private readonly record struct Entry(VirtualTimer Timer, long Generation);

    private sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public long Generation { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                if (Generation < 0)
                {
                    return false;
                }

                Generation++;
                _period = period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    clock.Schedule(this, Generation, dueTime);
                }

                return true;
            }
        }

        /// <summary>Called under the clock's lock as the timer fires: a periodic timer queues its next tick.</summary>
        public void Rearm()
        {
            if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
            {
                clock.Schedule(this, Generation, _period);
            }
        }

        public void Invoke() => callback(state);

        public void Dispose()
        {
            lock (clock._gate)
            {
                Generation = -1;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
