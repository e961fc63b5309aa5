using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// GRVT publishes no numbers (tiered, protocols/grvt.md §7.2); other clients budget about 20 order creates (or
/// cancels) a second, which is what is declared here. Reads are left to the venue's 429s and the read retries.
/// </summary>
internal static class GrvtRateLimits
{
    public const string Orders = "orders";

    public static VenueRateLimits Create(TimeProvider time) => VenueRateLimits.Create(
        new Dictionary<string, RateLimit[]> { [Orders] = [new RateLimit("order creates and cancels", 20, TimeSpan.FromSeconds(1))] },
        time);

    public static string? CategoryOf(string path) =>
        path.EndsWith("/create_order", StringComparison.Ordinal) || path.EndsWith("/cancel_order", StringComparison.Ordinal) || path.EndsWith("/cancel_all_orders", StringComparison.Ordinal)
            ? Orders
            : null;

    /// <summary>The HTTP options of a client or a public feed, with these limits.</summary>
    public static VenueHttpOptions HttpOptions(TimeSpan requestTimeout, int readRetries, TimeSpan retryBaseDelay, TimeSpan retryMaxDelay, TimeProvider time) =>
        VenueHttpOptions.ForReads(requestTimeout, readRetries, retryBaseDelay, retryMaxDelay, Create(time));
}
