using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.PublicData;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// GRVT's public market data for `--paper --live-data`: GRVT_ENVIRONMENT (prod, testnet, staging, dev; default prod)
/// and the optional GRVT_MARKET_DATA_URL override. No keys are read.
/// </summary>
public static class GrvtLiveData
{
    public static (IPublicMarketData? Feed, string? Error) Create(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (feedOptions, error) = GrvtPublicDataOptions.FromVariables(Environment.GetEnvironmentVariable, options.Settings.Ticker);
        return feedOptions is null ? (null, error) : (new GrvtPublicMarketData(feedOptions), null);
    }
}
