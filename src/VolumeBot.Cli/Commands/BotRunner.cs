using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Journal;
using VolumeBot.Cli.LiveStatus;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Notifications;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Commands;

/// <summary>Sets up the log, the CSV, alerts and the venue, runs the bot and turns its outcome into an exit code.</summary>
public static class BotRunner
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(RunOptions options, CancellationToken stopToken, TextWriter error)
    {
        var settings = options.Settings;
        if (VenueFactory.Precheck(options) is { } precheck)
        {
            await error.WriteLineAsync($"Error: {precheck}");
            return Failed;
        }

        Directory.CreateDirectory(options.LogDirectory);
        var files = RunFiles.For(options.LogDirectory, settings.Venue, settings.Ticker, options.AccountName);
        var live = LiveStatusView.IsWanted(options.NoLive);
        var recent = new RecentLines(12);
        await using var logger = ActivityLogFactory.Create(files.ActivityLog, settings.Label, options.TimeZone, live ? recent : null);
        var log = new ActivityLog(logger);
        var banner = RunBanner.For(options);
        if (banner.Live)
        {
            log.Warn($"{banner.LogLine}");
        }
        else
        {
            log.Info($"{banner.LogLine}");
        }

        var (venue, venueError) = VenueFactory.Create(options, TimeProvider.System, logger);
        if (venue is null)
        {
            log.Error($"Error: {venueError}");
            await error.WriteLineAsync($"Error: {venueError}");
            return Failed;
        }

        await using var venueLifetime = venue;
        using var journal = new CsvTradeJournal(files.TradesCsv, options.TimeZone);
        using var http = new HttpClient();
        await using var alerts = new AlertDispatcher(NotificationChannels.FromEnvironment(http), log);
        if (options.Paper)
        {
            var market = options.LiveData ? $"{settings.Venue}'s live public market data (" : $"a simulated {settings.Venue} market (seed {options.Seed}, ";
            log.Info($"Paper trading on {market}{FeeProfile.Describe(options.PaperFees)})");
        }

        var bot = new TradingBot(venue, settings, journal, logger, alerts: alerts) { ReportTimeZone = options.TimeZone };
        alerts.Send($"🚀 [{settings.Label}] volumebot started{(options.Paper ? " (paper)" : "")}: {(settings.Boost ? "boost" : "normal")} mode, quantity {settings.Quantity}");
        var run = RunBotAsync(bot, settings, log, alerts, stopToken);
        if (live)
        {
            await LiveStatusView.RunAsync(banner, bot.Status, recent, run);
        }

        var (code, summaryLines) = await run;
        if (options.Paper)
        {
            log.Info($"Paper fees: {FeeProfile.Describe(options.PaperFees)}");
        }

        if (live)
        {
            summaryLines.ForEach(Console.WriteLine);
        }

        return code;
    }

    private static async Task<(int Code, List<string> Summary)> RunBotAsync(TradingBot bot, BotSettings settings, ActivityLog log, AlertDispatcher alerts, CancellationToken stopToken)
    {
        try
        {
            var outcome = await bot.RunAsync(stopToken);
            log.Info($"Stopped: {outcome.Reason} ({outcome.Detail})");
            var lines = outcome.Summary.ToLines().ToList();
            var ended = $"[{settings.Label}] run ended: {outcome.Reason} ({outcome.Detail})";
            alerts.Send($"{ended}\n{string.Join("\n", lines)}", logAs: $"{ended}; the summary is in the lines above"); // logged once, as INFO lines
            return (outcome.NeedsAttention ? Failed : Ok, lines);
        }
        catch (BotStartupException startup)
        {
            log.Error($"Error: {startup.Message}");
            return (Failed, [$"Error: {startup.Message}"]);
        }
        catch (Exception critical)
        {
            log.Error(critical, $"Critical error: {critical.Message}");
            alerts.Send($"🚨 程序异常 | {settings.Label} 出现未捕获错误: {critical.Message}，程序将退出。");
            return (Failed, [$"Critical error: {critical.Message}"]);
        }
    }
}
