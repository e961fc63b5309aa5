using Serilog.Core;
using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Hedging;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Cli.Commands;

/// <summary>
/// --hedge-exchange: the second venue of a run, through the same venue factory as the first (its keys, environment and
/// URL checks), with its own activity log, trades CSV and run lock; on paper both venues share one moving market.
/// </summary>
public static class HedgeSetup
{
    /// <summary>The hedge venue's paper fees: --hedge-fee-profile and its rate flags, by default its own venue's profile.</summary>
    public static FeeSchedule Fees(RunOptions options) => options.HedgePaperFees ?? FeeProfile.DefaultFor(options.Settings.HedgeVenue!).Schedule;

    /// <summary>The run as the hedge venue's factory sees it.</summary>
    public static RunOptions ForHedge(RunOptions options, string hedge) =>
        options with { Settings = options.Settings with { Venue = hedge }, PaperFees = Fees(options) };

    /// <summary>The hedge venue's start-up errors (missing keys, a bad environment), naming the flag; null when none or not hedging.</summary>
    public static string? Precheck(RunOptions options) =>
        options.Settings.HedgeVenue is { } hedge && VenueFactory.Precheck(ForHedge(options, hedge)) is { } problem ? $"--hedge-exchange {hedge}: {problem}" : null;

    /// <summary>
    /// Both venues' clients: two linked paper markets on --paper, otherwise each venue's own from the factory (with
    /// --paper --live-data, each paper market on its own venue's public data).
    /// </summary>
    public static (IExchangeClient? Primary, IExchangeClient? Hedge, string? Error) CreateClients(RunOptions options, TimeProvider time, Serilog.ILogger logger, Serilog.ILogger hedgeLogger)
    {
        var hedge = options.Settings.HedgeVenue!;
        var ticker = options.Settings.Ticker;
        if (options.Paper && !options.LiveData)
        {
            var primaryVenue = options.Settings.Venue;
            var (first, second) = PaperVenue.CreateLinked(
                (primaryVenue, MarketModelOptions.ForTicker(primaryVenue, ticker), options.PaperFees),
                (hedge, MarketModelOptions.ForTicker(hedge, ticker), Fees(options)),
                options.Seed,
                time);
            return (first, second, null);
        }

        var (primary, primaryError) = VenueFactory.Create(options, time, logger);
        if (primary is null)
        {
            return (null, null, primaryError);
        }

        var (other, otherError) = VenueFactory.Create(ForHedge(options, hedge), time, hedgeLogger);
        return (primary, other, otherError is null ? null : $"--hedge-exchange {hedge}: {otherError}");
    }

    /// <summary>The hedge venue's own files (log, CSV, lock), opened before anything trades.</summary>
    public static (HedgeFiles? Files, string? Error) OpenFiles(RunOptions options, ILogEventSink? console)
    {
        var hedge = options.Settings.HedgeVenue!;
        var ticker = options.Settings.Ticker;
        var files = RunFiles.For(options.LogDirectory, hedge, ticker, options.AccountName);
        var (opened, error) = OpenRunFiles.Open(files, $"{hedge} {ticker} (hedge venue)", options.TimeZone);
        if (opened is null)
        {
            return (null, $"--hedge-exchange {hedge}: {error}");
        }

        var logger = ActivityLogFactory.Create(files.ActivityLog, $"{hedge.ToUpperInvariant()}_{ticker}", options.TimeZone, console);
        return (new HedgeFiles(opened, logger), null);
    }

    public static HedgeVenue Venue(IExchangeClient client, RunOptions options, HedgeFiles files) =>
        new(client, options.Settings, files.Opened.Journal, ActivityLogFactory.ForBot(files.Logger), TimeProvider.System, options.OrderClass.Timings());
}

/// <summary>The hedge venue's open CSV, lock and log, closed together.</summary>
public sealed class HedgeFiles(OpenRunFiles opened, Logger logger) : IAsyncDisposable
{
    public OpenRunFiles Opened => opened;

    public Logger Logger => logger;

    public async ValueTask DisposeAsync()
    {
        await logger.DisposeAsync();
        opened.Dispose();
    }
}
