using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Venues;

/// <summary>Grvt's public market data for `--paper --live-data`: no keys, only the public endpoints.</summary>
public static class GrvtLiveData
{
    public static (IPublicMarketData? Feed, string? Error) Create(RunOptions options)
    {
        _ = options;
        return (null, "--live-data is not available for grvt in this build yet; run --paper on the simulated market");
    }
}
