using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Cli.Venues;

/// <summary>Picks the venue client for a run: the paper venue, or a live venue once its credentials are present.</summary>
public static class VenueFactory
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time)
    {
        var venue = options.Settings.Venue;
        if (options.Paper && options.LiveData)
        {
            var (feed, error) = LiveDataFeeds.Create(options);
            return feed is null ? (null, error) : (PaperVenue.CreateOnLiveData(venue, feed, options.PaperFees, time), null);
        }

        if (options.Paper)
        {
            return (PaperVenue.Create(venue, options.Settings.Ticker, options.Seed, options.PaperFees, time), null);
        }

        var missing = VenueCredentials.Missing(venue);
        if (missing.Count > 0)
        {
            return (null, $"Live trading on {venue} needs {string.Join(", ", missing)} in the environment or the env file; to try the bot without keys, add --paper");
        }

        return venue switch
        {
            "paradex" => ParadexVenue.Create(options, time),
            "grvt" => GrvtVenue.Create(options, time),
            _ => (null, $"unknown venue {venue}"),
        };
    }
}
