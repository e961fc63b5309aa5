using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Venues;

/// <summary>Builds the live Paradex client from the environment.</summary>
public static class ParadexVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time)
    {
        _ = options;
        _ = time;
        return (null, "Live trading on paradex is not available in this build yet; run with --paper");
    }
}
