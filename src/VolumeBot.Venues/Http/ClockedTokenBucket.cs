using System.Threading.RateLimiting;

namespace VolumeBot.Venues.Http;

/// <summary>
/// A System.Threading.RateLimiting token bucket refilled on a <see cref="TimeProvider"/>. The framework's
/// TokenBucketRateLimiter measures its refills with the machine's stopwatch even when refilled by hand, so on a fake
/// clock it never refills; this one is the same bucket (limit, tokens per period, a first-come queue) on the given clock.
/// </summary>
internal sealed class ClockedTokenBucket : ReplenishingRateLimiter
{
    /// <summary>A permit that was never counted (also what a request without limits gets).</summary>
    internal static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);
    private readonly object _gate = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly int _limit;
    private readonly int _perPeriod;
    private readonly ITimer _refill;
    private int _tokens;
    private bool _disposed;

    public ClockedTokenBucket(int limit, int perPeriod, TimeSpan period, TimeProvider time)
    {
        _limit = limit;
        _perPeriod = perPeriod;
        _tokens = limit;
        ReplenishmentPeriod = period;
        _refill = time.CreateTimer(_ => Refill(), null, period, period);
    }

    public override TimeSpan ReplenishmentPeriod { get; }

    public override bool IsAutoReplenishing => true;

    public override TimeSpan? IdleDuration => null;

    public override bool TryReplenish() => false;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = _tokens, CurrentQueuedCount = _waiters.Count };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            return TryTake(permitCount) ? Granted : Refused;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (TryTake(permitCount))
            {
                return ValueTask.FromResult(Granted);
            }

            if (_disposed || permitCount > _limit)
            {
                return ValueTask.FromResult(Refused);
            }

            var waiter = new Waiter(permitCount);
            var node = _waiters.AddLast(waiter);
            waiter.Registration = cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    if (node.List is not null)
                    {
                        _waiters.Remove(node);
                    }
                }

                waiter.Completion.TrySetCanceled(cancellationToken);
            });
            return new ValueTask<RateLimitLease>(waiter.Completion.Task);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        _refill.Dispose();
        List<Waiter> left;
        lock (_gate)
        {
            _disposed = true;
            left = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in left)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(Refused);
        }
    }

    /// <summary>A permit now only when nobody is waiting ahead: first come, first served.</summary>
    private bool TryTake(int permitCount)
    {
        if (_disposed || _waiters.Count > 0 || _tokens < permitCount)
        {
            return false;
        }

        _tokens -= permitCount;
        return true;
    }

    private void Refill()
    {
        var granted = new List<Waiter>();
        lock (_gate)
        {
            _tokens = Math.Min(_limit, _tokens + _perPeriod);
            while (_waiters.First is { } first && first.Value.Permits <= _tokens)
            {
                _tokens -= first.Value.Permits;
                _waiters.RemoveFirst();
                granted.Add(first.Value);
            }
        }

        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            if (!waiter.Completion.TrySetResult(Granted))
            {
                lock (_gate)
                {
                    _tokens = Math.Min(_limit, _tokens + waiter.Permits); // cancelled meanwhile: the permit goes back
                }
            }
        }
    }

    private sealed class Waiter(int permits)
    {
        public int Permits { get; } = permits;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
