using System.Threading.RateLimiting;

namespace VolumeBot.Venues.Http;

/// <summary>
/// A venue's declared limits, enforced before a request leaves: each category of request (e.g. "orders",
/// "private-read") takes a permit from every limit it falls under, waiting in line when a bucket is empty, so a
/// burst (re-placing 40 take-profits) is spread out instead of earning 429s. Buckets are System.Threading.RateLimiting
/// token buckets (<see cref="ClockedTokenBucket"/>) refilled on the given clock, so tests run on fake time.
/// </summary>
public sealed class VenueRateLimits : IDisposable
{
    private static readonly TimeSpan RefillStep = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<string, RateLimiter> _byCategory = new(StringComparer.Ordinal);
    private readonly List<RateLimiter> _buckets = [];

    private VenueRateLimits()
    {
    }

    public static VenueRateLimits None { get; } = new();

    /// <summary>Categories by name, each with the limits it counts against (a limit named twice is one shared bucket).</summary>
    public static VenueRateLimits Create(IReadOnlyDictionary<string, RateLimit[]> categories, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(time);
        var limits = new VenueRateLimits();
        var buckets = new Dictionary<RateLimit, RateLimiter>();
        foreach (var (category, declared) in categories)
        {
            var members = declared.Select(limit => buckets.TryGetValue(limit, out var bucket) ? bucket : buckets[limit] = limits.Bucket(limit, time)).ToArray();
            limits._byCategory[category] = members.Length == 1 ? members[0] : RateLimiter.CreateChained(members);
        }

        return limits;
    }

    /// <summary>Waits for a permit of <paramref name="category"/> (none needed for a category without limits).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string? category, CancellationToken cancellationToken) =>
        category is not null && _byCategory.TryGetValue(category, out var limiter)
            ? limiter.AcquireAsync(1, cancellationToken)
            : ValueTask.FromResult(ClockedTokenBucket.Granted);

    public void Dispose()
    {
        foreach (var limiter in _byCategory.Values.Concat(_buckets))
        {
            limiter.Dispose();
        }
    }

    private ClockedTokenBucket Bucket(RateLimit limit, TimeProvider time)
    {
        // a refill of a whole number of tokens every step of about RefillStep gives the declared rate
        var perStep = Math.Max(1, (int)(limit.Permits * RefillStep.Ticks / limit.Window.Ticks));
        var period = TimeSpan.FromTicks(limit.Window.Ticks * perStep / limit.Permits);
        var bucket = new ClockedTokenBucket(limit.Permits, perStep, period, time);
        _buckets.Add(bucket);
        return bucket;
    }
}
