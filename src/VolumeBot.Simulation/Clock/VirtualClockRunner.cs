namespace VolumeBot.Simulation.Clock;

/// <summary>
/// Runs async code on the calling thread and moves the <see cref="VirtualClock"/> only when that code has nothing left
/// to do but wait: the same loop as in real time, with no real waiting, and the same order of events on every run.
/// </summary>
public static class VirtualClockRunner
{
    /// <summary>How long work that left the thread (a library's thread-pool hop) may take to come back when nothing is scheduled.</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(2);

    public static T Run<T>(VirtualClock clock, Func<Task<T>> body)
    {
        var context = new SingleThreadContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            var task = body();
            while (true)
            {
                context.RunPending();
                if (task.IsCompleted)
                {
                    return task.GetAwaiter().GetResult();
                }

                if (!clock.FireNext() && !context.WaitForWork(StallTimeout))
                {
                    throw new InvalidOperationException($"the simulation stalled at {clock.Elapsed} of simulated time: nothing is running and nothing is scheduled");
                }
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
        private readonly object _gate = new();

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_gate)
            {
                _queue.Enqueue((d, state));
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Waits (in real time; simulated time cannot move with nothing scheduled) for something to be posted.</summary>
        public bool WaitForWork(TimeSpan timeout)
        {
            lock (_gate)
            {
                return _queue.Count > 0 || Monitor.Wait(_gate, timeout);
            }
        }

        public override void Send(SendOrPostCallback d, object? state) => d(state);

        public override SynchronizationContext CreateCopy() => this;

        public void RunPending()
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) item;
                lock (_gate)
                {
                    if (!_queue.TryDequeue(out item))
                    {
                        return;
                    }
                }

                item.Callback(item.State);
            }
        }
    }
}
