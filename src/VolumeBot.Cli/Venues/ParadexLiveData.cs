using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex;
using VolumeBot.Paradex.PublicData;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Paradex's public market data for `--paper --live-data`: no keys, only the public endpoints of the environment in
/// PARADEX_ENVIRONMENT (prod or testnet), with the PARADEX_REST_URL override.
/// </summary>
public static class ParadexLiveData
{
    public static (IPublicMarketData? Feed, string? Error) Create(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (environment, error) = ParadexEnvironment.From(Environment.GetEnvironmentVariable);
        if (environment is null)
        {
            return (null, error);
        }

        var market = ParadexClientOptions.MarketFor(options.Settings.Ticker);
        return (new ParadexPublicMarketData(new ParadexPublicDataOptions { Environment = environment, Market = market }), null);
    }
}
