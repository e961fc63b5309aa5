using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace VolumeBot.Testing;

/// <summary>
/// Runs async code on one thread and moves fake time only when that thread has nothing left to do, so loop tests
/// are deterministic and take milliseconds whatever the waits in the code.
/// </summary>
public static class FakeTimeRunner
{
    public static T Run<T>(FakeTimeProvider time, Func<Task<T>> body, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var tick = step ?? TimeSpan.FromMilliseconds(50);
        var budget = limit ?? TimeSpan.FromHours(2);
        var context = new SingleThreadContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            var task = body();
            var elapsed = TimeSpan.Zero;
            while (true)
            {
                context.RunPending();
                if (task.IsCompleted)
                {
                    return task.GetAwaiter().GetResult();
                }

                if (elapsed >= budget)
                {
                    throw new TimeoutException($"still running after {budget} of fake time");
                }

                time.Advance(tick);
                elapsed += tick;
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    public static void Run(FakeTimeProvider time, Func<Task> body, TimeSpan? step = null, TimeSpan? limit = null) =>
        Run(time, async () =>
        {
            await body();
            return true;
        }, step, limit);

    private sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state) => _queue.Enqueue((d, state));

        public override void Send(SendOrPostCallback d, object? state) => d(state);

        public void RunPending()
        {
            for (var spins = 0; spins < 3; spins++)
            {
                while (_queue.TryDequeue(out var item))
                {
                    item.Callback(item.State);
                    spins = 0;
                }

                // continuations completed on the thread pool (none expected) get a moment to arrive
                Thread.Yield();
            }
        }
    }
}
