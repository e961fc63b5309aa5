using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Cli.Venues;

/// <summary>Picks the venue client for a run: the paper venue, or a live venue once its credentials are present.</summary>
public static class VenueFactory
{
    /// <summary>Errors that need no log file: missing keys, flags that do not fit together.</summary>
    public static string? Precheck(RunOptions options)
    {
        if (options.Paper)
        {
            return options.LiveData ? null : MarketModelOptions.TryForTicker(options.Settings.Venue, options.Settings.Ticker).Error is { } unknown
                ? $"--paper: {unknown}; `volumebot simulate --market-file FILE` simulates another market, --live-data trades paper on the venue's own"
                : null;
        }

        var missing = VenueCredentials.Missing(options.Settings.Venue);
        return missing.Count == 0
            ? null
            : $"Live trading on {options.Settings.Venue} needs {string.Join(", ", missing)} in the environment or the env file; to try the bot without keys, add --paper";
    }

    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        var venue = options.Settings.Venue;
        if (options.Paper && options.LiveData)
        {
            var (feed, feedError) = LiveDataFeeds.Create(options);
            return feed is null ? (null, feedError) : (PaperVenue.CreateOnLiveData(venue, feed, options.PaperFees, time), null);
        }

        if (options.Paper)
        {
            return (PaperVenue.Create(venue, options.Settings.Ticker, options.Seed, options.PaperFees, time), null);
        }

        if (Precheck(options) is { } error)
        {
            return (null, error);
        }

        return venue switch
        {
            "paradex" => ParadexVenue.Create(options, time, logger),
            "grvt" => GrvtVenue.Create(options, time, logger),
            _ => (null, $"unknown venue {venue}"),
        };
    }
}
