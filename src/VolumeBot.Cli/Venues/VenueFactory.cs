using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Paper;
using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Cli.Venues;

/// <summary>Picks the venue client for a run: the paper venue, or a live venue once its credentials are present.</summary>
public static class VenueFactory
{
    /// <summary>
    /// Errors found before any file is opened or host contacted: missing or malformed keys, an unknown environment or
    /// URL override. Messages name variables, never their values.
    /// </summary>
    public static string? Precheck(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (_, endpointError) = VenueEndpoint.For(options);
        if (endpointError is not null || options.Paper)
        {
            if (endpointError is not null)
            {
                return endpointError;
            }

            return options.LiveData ? null : MarketModelOptions.TryForTicker(options.Settings.Venue, options.Settings.Ticker).Error is { } unknown
                ? $"--paper: {unknown}; `volumebot simulate --market-file FILE` simulates another market, --live-data trades paper on the venue's own"
                : null;
        }

        var missing = VenueCredentials.Missing(options.Settings.Venue);
        if (missing.Count > 0)
        {
            return $"Live trading on {options.Settings.Venue} needs {string.Join(", ", missing)} in the environment or the env file; to try the bot without keys, add --paper";
        }

        return options.Settings.Venue switch
        {
            "paradex" => ParadexVenue.ClientOptions(options).Error,
            "grvt" => GrvtVenue.ClientOptions(options).Error,
            _ => null,
        };
    }

    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        var venue = options.Settings.Venue;
        if (options.Paper && options.LiveData)
        {
            var (feed, feedError) = LiveDataFeeds.Create(options);
            if (feed is null)
            {
                return (null, feedError);
            }

            if (options.RecordFile is { } record)
            {
                try
                {
                    feed = TapeRecorder.ToFile(feed, record, time);
                }
                catch (Exception unwritable) when (unwritable is IOException or UnauthorizedAccessException)
                {
                    return (null, $"--record {record} cannot be written: {unwritable.Message}");
                }
            }

            return (PaperVenue.CreateOnLiveData(venue, feed, options.PaperFees, time), null);
        }

        if (options.Paper)
        {
            return (PaperVenue.Create(venue, options.Settings.Ticker, options.Seed, options.PaperFees, time), null);
        }

        return venue switch
        {
            "paradex" => ParadexVenue.Create(options, time, logger),
            "grvt" => GrvtVenue.Create(options, time, logger),
            _ => (null, $"unknown venue {venue}"),
        };
    }
}
