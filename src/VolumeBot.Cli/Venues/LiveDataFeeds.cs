using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Venues;

/// <summary>A venue's public market data for `--paper --live-data` (no keys needed).</summary>
public static class LiveDataFeeds
{
    public static (IPublicMarketData? Feed, string? Error) Create(RunOptions options)
    {
        _ = options;
        return (null, $"--live-data is not available for {options.Settings.Venue} in this build yet; run --paper on the simulated market");
    }
}
