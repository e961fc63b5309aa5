using VolumeBot.Grvt.Rest;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.PublicData;

/// <summary>What GRVT's public market data needs: the environment (market-data host) and the market. No keys.</summary>
public sealed class GrvtPublicDataOptions
{
    public required GrvtEnvironment Environment { get; init; }

    /// <summary>Base asset, e.g. ETH; the market is {Ticker}_USDT_Perp.</summary>
    public required string Ticker { get; init; }

    public string Instrument => $"{Ticker.ToUpperInvariant()}_USDT_Perp";

    /// <summary>
    /// Trades asked for per poll. More trades than this between two polls are not all seen, which only makes paper
    /// fills rarer (never invented).
    /// </summary>
    public int RecentTradesLimit { get; init; } = 100;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    internal VenueHttpOptions Http(TimeProvider time) => Rest.GrvtRateLimits.HttpOptions(RequestTimeout, ReadRetries, RetryBaseDelay, RetryMaxDelay, time);

    /// <summary>GRVT_ENVIRONMENT and the GRVT_MARKET_DATA_URL override; the key variables are not read.</summary>
    public static (GrvtPublicDataOptions? Options, string? Error) FromVariables(Func<string, string?> variable, string ticker)
    {
        var (environment, error) = GrvtEnvironment.FromVariables(variable);
        return environment is null ? (null, error) : (new GrvtPublicDataOptions { Environment = environment, Ticker = ticker }, null);
    }

    public override string ToString() => $"GrvtPublicDataOptions({Environment.Name}, {Environment.MarketDataUrl}, {Instrument})";
}
