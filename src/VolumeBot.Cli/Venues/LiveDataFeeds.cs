using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Venues;

/// <summary>A venue's public market data for `--paper --live-data` (no keys needed).</summary>
public static class LiveDataFeeds
{
    public static (IPublicMarketData? Feed, string? Error) Create(RunOptions options) => options.Settings.Venue switch
    {
        "paradex" => ParadexLiveData.Create(options),
        "grvt" => GrvtLiveData.Create(options),
        _ => (null, $"--live-data: unknown venue {options.Settings.Venue}"),
    };
}
