using VolumeBot.Paradex.Rest;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.PublicData;

/// <summary>What <see cref="ParadexPublicMarketData"/> needs: where Paradex is and which market. No keys.</summary>
public sealed record ParadexPublicDataOptions
{
    public required ParadexEnvironment Environment { get; init; }

    /// <summary>Market symbol, e.g. BTC-USD-PERP.</summary>
    public required string Market { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a read after 429, a transient 5xx, a timeout or a broken connection.</summary>
    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    internal VenueHttpOptions Http(TimeProvider time) => ParadexRateLimits.HttpOptions(RequestTimeout, ReadRetries, RetryBaseDelay, RetryMaxDelay, time);
}
