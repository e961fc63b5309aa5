namespace VolumeBot.Venues.Http;

/// <summary>How one venue's HTTP is paced: timeouts, the read retry budget and its back-off, and the venue's declared rate limits.</summary>
public sealed record VenueHttpOptions
{
    /// <summary>Per request unless the call says otherwise (a submission may have its own).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra attempts of a read after a rate limit, a transient 5xx or a broken connection.</summary>
    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>False for a venue whose cookie must go to another host than the one that set it (GRVT).</summary>
    public bool UseCookies { get; init; } = true;

    /// <summary>Response headers the venue client reads (e.g. Set-Cookie); every other header is dropped.</summary>
    public IReadOnlyList<string> KeptHeaders { get; init; } = [];

    public VenueRateLimits RateLimits { get; init; } = VenueRateLimits.None;

    /// <summary>A venue's timeout, read retries and limits, in the one shape every venue client uses.</summary>
    public static VenueHttpOptions ForReads(TimeSpan requestTimeout, int readRetries, TimeSpan retryBaseDelay, TimeSpan retryMaxDelay, VenueRateLimits rateLimits) => new()
    {
        RequestTimeout = requestTimeout,
        ReadRetries = readRetries,
        RetryBaseDelay = retryBaseDelay,
        RetryMaxDelay = retryMaxDelay,
        RateLimits = rateLimits,
    };
}
