using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Venues;

/// <summary>Builds the live Grvt client from the environment.</summary>
public static class GrvtVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time)
    {
        _ = options;
        _ = time;
        return (null, "Live trading on grvt is not available in this build yet; run with --paper");
    }
}
