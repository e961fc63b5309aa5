using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.LiveStatus;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Metrics;
using VolumeBot.Cli.Notifications;
using VolumeBot.Cli.Venues;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Commands;

/// <summary>
/// Sets up the log, the CSV, alerts and the venue, runs the bot and turns its outcome into an exit code. A start-up
/// error is printed once, on stderr (and kept in the activity log file once there is one); "started" is announced
/// only when the venue is connected and the start-up reconcile is done.
/// </summary>
public static class BotRunner
{
    public const int Ok = 0;
    public const int Failed = 1;

    public static async Task<int> RunAsync(RunOptions options, CancellationToken stopToken, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        var settings = options.Settings;
        if ((VenueFactory.Precheck(options) ?? HedgeSetup.Precheck(options)) is { } precheck)
        {
            await error.WriteLineAsync($"Error: {precheck}");
            return Failed;
        }

        await using var metrics = options.Metrics is { } endpoint
            ? new RunMetrics(endpoint, settings.Venue, settings.Ticker, options.AccountName ?? "default", TimeProvider.System)
            : null;
        if (metrics?.Start() is { } metricsError)
        {
            await error.WriteLineAsync($"Error: {metricsError}");
            return Failed;
        }

        var files = RunFiles.For(options.LogDirectory, settings.Venue, settings.Ticker, options.AccountName);
        var account = options.AccountName is null ? "" : $" for account {options.AccountName}";
        var (opened, filesError) = OpenRunFiles.Open(files, $"{settings.Venue} {settings.Ticker}{account}", options.TimeZone);
        if (opened is null)
        {
            await error.WriteLineAsync($"Error: {filesError}");
            return Failed;
        }

        using var runFiles = opened;
        var live = LiveStatusView.IsWanted(options.NoLive);
        var recent = new RecentLines(12);
        await using var logger = ActivityLogFactory.Create(files.ActivityLog, settings.Label, options.TimeZone, live ? recent : null);
        using var crashFlush = new CrashFlush(runFiles.Journal, logger);
        var botLogger = ActivityLogFactory.ForBot(logger);
        var log = new ActivityLog(botLogger);
        var banner = RunBanner.For(options);
        if (banner.Live)
        {
            log.Warn($"{banner.LogLine}");
        }
        else
        {
            log.Info($"{banner.LogLine}");
        }

        var fileLog = new ActivityLog(ActivityLogFactory.ForBot(ActivityLogFactory.FileOnly(logger)));
        HedgeFiles? hedgeFiles = null;
        if (settings.HedgeVenue is not null)
        {
            (hedgeFiles, var hedgeFilesError) = HedgeSetup.OpenFiles(options, live ? recent : null);
            if (hedgeFiles is null)
            {
                fileLog.Error($"Error: {hedgeFilesError}");
                await error.WriteLineAsync($"Error: {hedgeFilesError}");
                return Failed;
            }
        }

        await using var hedgeFilesLifetime = hedgeFiles;
        IExchangeClient? venue, hedgeClient = null;
        string? venueError;
        if (hedgeFiles is null)
        {
            (venue, venueError) = VenueFactory.Create(options, TimeProvider.System, logger);
        }
        else
        {
            (venue, hedgeClient, venueError) = HedgeSetup.CreateClients(options, TimeProvider.System, logger, hedgeFiles.Logger);
        }

        await using var hedgeClientLifetime = hedgeClient;
        if (venue is null || (hedgeFiles is not null && hedgeClient is null))
        {
            fileLog.Error($"Error: {venueError}");
            await error.WriteLineAsync($"Error: {venueError}");
            return Failed;
        }

        await using var venueLifetime = venue;
        await using var hedge = hedgeClient is null ? null : HedgeSetup.Venue(metrics?.MeterHedge(hedgeClient) ?? hedgeClient, options, hedgeFiles!);
        BudgetedRun budgeted;
        try
        {
            budgeted = OrderBudgetSetup.Apply(options, venue, files, TimeProvider.System, log);
        }
        catch (Core.Budget.OrderBudgetFileException unreadable)
        {
            fileLog.Error($"Error: {unreadable.Message}");
            await error.WriteLineAsync($"Error: {unreadable.Message}");
            return Failed;
        }

        using var budgetLifetime = budgeted;
        if (settings.Venue == "paradex")
        {
            log.Info($"{options.OrderClass.Describe(budgeted.Budget)}");
        }

        using var http = new HttpClient();
        await using var alerts = new AlertDispatcher(NotificationChannels.FromEnvironment(http), log);
        if (options.Paper)
        {
            var market = options.LiveData ? $"{settings.Venue}'s{(settings.HedgeVenue is { } liveHedge ? $" and {liveHedge}'s" : "")} live public market data (" : $"a simulated {settings.Venue} market{(settings.HedgeVenue is { } paperHedge ? $" moving with a simulated {paperHedge} one" : "")} (seed {options.Seed}, ";
            log.Info($"Paper trading on {market}{FeeProfile.Describe(options.PaperFees)})");
            if (settings.HedgeVenue is { } hedgeVenue)
            {
                log.Info($"Hedge venue {hedgeVenue} paper fees: {FeeProfile.Describe(HedgeSetup.Fees(options))}");
            }
        }

        if (metrics is not null)
        {
            log.Info($"Metrics at {metrics.Url}");
            if (budgeted.Budget is { } budget)
            {
                metrics.OrderBudgetFrom(() => budget.LeftToday());
            }
        }

        var bot = new TradingBot(metrics?.Meter(budgeted.Venue) ?? budgeted.Venue, settings, opened.Journal, botLogger, timings: options.OrderClass.Timings(), alerts: alerts) { ReportTimeZone = options.TimeZone, CycleGate = budgeted.Gate, Hedge = hedge };
        metrics?.Watch(bot);
        bot.TradingStarted += () => alerts.Send($"🚀 [{settings.Label}] volumebot started{(options.Paper ? " (paper)" : "")}: {settings.StrategyName} mode, quantity {settings.Quantity}");
        var run = RunBotAsync(bot, options, Path.GetFullPath(files.ActivityLog), log, fileLog, alerts, stopToken);
        if (live)
        {
            await LiveStatusView.RunAsync(banner, bot.Status, recent, run);
        }

        var outcome = await run;
        if (options.Paper)
        {
            log.Info($"Paper fees: {FeeProfile.Describe(options.PaperFees)}");
        }

        if (outcome.Error is not null)
        {
            await error.WriteLineAsync(outcome.Error);
        }
        else if (live)
        {
            outcome.Summary.ForEach(Console.WriteLine);
        }

        return outcome.Code;
    }

    private static async Task<(int Code, List<string> Summary, string? Error)> RunBotAsync(TradingBot bot, RunOptions options, string activityLog, ActivityLog log, ActivityLog fileLog, AlertDispatcher alerts, CancellationToken stopToken)
    {
        var settings = options.Settings;
        try
        {
            var outcome = await bot.RunAsync(stopToken);
            log.Info($"Stopped: {outcome.Reason} ({outcome.Detail})");
            var lines = outcome.Summary.ToLines().ToList();
            var ended = $"[{settings.Label}] run ended: {outcome.Reason} ({outcome.Detail})";
            alerts.Send($"{ended}\n{string.Join("\n", lines)}", logAs: $"{ended}; the summary is in the lines above"); // logged once, as INFO lines
            return (outcome.NeedsAttention ? Failed : Ok, lines, null);
        }
        catch (BotStartupException startup)
        {
            var message = startup.ConnectError is { } connectError && VenueEndpoint.For(options).Endpoint is { } endpoint
                ? endpoint.DescribeConnectFailure(connectError)
                : startup.Message;
            fileLog.Error($"Error: {message}");
            return (Failed, [], $"Error: {message}");
        }
        catch (Exception critical)
        {
            // the stack trace is for the log file; the trader gets one line
            fileLog.Error(critical, $"Critical error: {critical.Message}");
            alerts.Send($"🚨 程序异常 | {settings.Label} 出现未捕获错误: {critical.Message}，程序将退出。");
            return (Failed, [], $"Critical error: {critical.Message} (details in {activityLog})");
        }
    }
}
