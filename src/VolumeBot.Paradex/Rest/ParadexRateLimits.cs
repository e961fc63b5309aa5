using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>
/// Paradex's published limits (protocols/paradex.md §7): public 1,500/min per IP; POST /auth 600/min per IP; order
/// submissions and cancels 800/s and 17,250/min per account; private reads 120/s and 600/min per account; every
/// private call also 1,500/min per IP.
/// </summary>
internal static class ParadexRateLimits
{
    public const string Public = "public";
    public const string Auth = "auth";
    public const string Orders = "orders";
    public const string PrivateRead = "private-read";

    public static VenueRateLimits Create(TimeProvider time)
    {
        var publicPerIp = new RateLimit("public per IP", 1_500, TimeSpan.FromMinutes(1));
        var privatePerIp = new RateLimit("private per IP", 1_500, TimeSpan.FromMinutes(1));
        return VenueRateLimits.Create(
            new Dictionary<string, RateLimit[]>
            {
                [Public] = [publicPerIp],
                [Auth] = [new RateLimit("auth per IP", 600, TimeSpan.FromMinutes(1))],
                [Orders] = [new RateLimit("orders per second", 800, TimeSpan.FromSeconds(1)), new RateLimit("orders per minute", 17_250, TimeSpan.FromMinutes(1)), privatePerIp],
                [PrivateRead] = [new RateLimit("private reads per second", 120, TimeSpan.FromSeconds(1)), new RateLimit("private reads per minute", 600, TimeSpan.FromMinutes(1)), privatePerIp],
            },
            time);
    }

    /// <summary>The HTTP options of a client or a public feed, with these limits.</summary>
    public static VenueHttpOptions HttpOptions(TimeSpan requestTimeout, int readRetries, TimeSpan retryBaseDelay, TimeSpan retryMaxDelay, TimeProvider time) =>
        VenueHttpOptions.ForReads(requestTimeout, readRetries, retryBaseDelay, retryMaxDelay, Create(time));
}
