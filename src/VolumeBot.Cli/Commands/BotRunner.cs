using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Journal;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Commands;

/// <summary>Sets up the log, the CSV and the venue, runs the bot and turns its outcome into an exit code.</summary>
public static class BotRunner
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(RunOptions options, CancellationToken stopToken, TextWriter error)
    {
        var settings = options.Settings;
        var (venue, venueError) = VenueFactory.Create(options, TimeProvider.System);
        if (venue is null)
        {
            await error.WriteLineAsync($"Error: {venueError}");
            return Failed;
        }

        await using var venueLifetime = venue;
        Directory.CreateDirectory(options.LogDirectory);
        var files = RunFiles.For(options.LogDirectory, settings.Venue, settings.Ticker, options.AccountName);
        await using var logger = ActivityLogFactory.Create(files.ActivityLog, settings.Label, options.TimeZone);
        using var journal = new CsvTradeJournal(files.TradesCsv, options.TimeZone);
        if (options.Paper)
        {
            logger.Information("{Text:l}", FormattableString.Invariant($"Paper trading on a simulated {settings.Venue} market (seed {options.Seed}, maker {options.PaperFees.MakerRate * 10_000m} bps, taker {options.PaperFees.TakerRate * 10_000m} bps)"));
        }

        var bot = new TradingBot(venue, settings, journal, logger);
        try
        {
            var outcome = await bot.RunAsync(stopToken);
            logger.Information("{Text:l}", $"Stopped: {outcome.Reason} ({outcome.Detail})");
            return outcome.NeedsAttention ? Failed : Ok;
        }
        catch (BotStartupException startup)
        {
            logger.Error("{Text:l}", $"Error: {startup.Message}");
            return Failed;
        }
        catch (Exception critical)
        {
            logger.Error(critical, "{Text:l}", $"Critical error: {critical.Message}");
            return Failed;
        }
    }
}
