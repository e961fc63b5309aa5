using VolumeBot.Paradex.Rest;
using VolumeBot.Paradex.Signing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex;

/// <summary>
/// Everything a <see cref="ParadexClient"/> needs. The private key lives only inside <see cref="StarkKey"/>, whose
/// ToString shows the public key; this record's ToString never shows secrets.
/// </summary>
public sealed record ParadexClientOptions
{
    public required ParadexEnvironment Environment { get; init; }

    /// <summary>Market symbol, e.g. BTC-USD-PERP.</summary>
    public required string Market { get; init; }

    public required StarkKey Key { get; init; }

    /// <summary>PARADEX_L1_ADDRESS: only sent when onboarding; kept for the error message.</summary>
    public string? L1Address { get; init; }

    /// <summary>PARADEX_L2_ADDRESS: used instead of the derived address when set.</summary>
    public Felt? AccountAddress { get; init; }

    /// <summary>Per-request timeout for reads and cancels (retried as transient).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of an order submission; when it fires the outcome is unknown and the loop looks the order up.</summary>
    public TimeSpan SubmitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of an idempotent read after 429 or a transient 5xx.</summary>
    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the streamed book may go without a message before reads go to REST again; zero always reads REST.</summary>
    public TimeSpan BookMaxAge { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long ConnectAsync waits for the first WebSocket subscription.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Lifetime asked for the signed auth request (not the JWT, which the venue fixes at 5 minutes).</summary>
    public TimeSpan AuthSignatureLifetime { get; init; } = TimeSpan.FromMinutes(30);

    internal VenueHttpOptions Http(TimeProvider time) => new()
    {
        RequestTimeout = RequestTimeout,
        ReadRetries = ReadRetries,
        RetryBaseDelay = RetryBaseDelay,
        RetryMaxDelay = RetryMaxDelay,
        RateLimits = ParadexRateLimits.Create(time),
    };

    /// <summary>Symbol of a ticker: BTC -> BTC-USD-PERP.</summary>
    public static string MarketFor(string ticker) => $"{ticker.Trim().ToUpperInvariant()}-USD-PERP";

    public override string ToString() => $"ParadexClientOptions({Environment.Name}, {Market}, public key {Key.PublicKey})";
}
