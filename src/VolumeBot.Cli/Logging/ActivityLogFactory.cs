using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace VolumeBot.Cli.Logging;

/// <summary>
/// Serilog with the Python bot's line format: yyyy-MM-dd HH:mm:ss.fff - LEVEL - [EXCHANGE_TICKER] message, in TIMEZONE.
/// A line is stamped where it is logged and written (file, then screen) by one background worker, so no file or
/// terminal write sits between a fill and its close; disposing the logger writes every line queued.
/// </summary>
public static class ActivityLogFactory
{
    public const string Template = "{LocalTime:l} - {LevelName:l} - [{Label:l}] {Message:l}{NewLine}{Exception}";

    /// <summary>Lines queued for the worker; a burst beyond it waits rather than losing a line.</summary>
    public const int QueuedLines = 10_000;

    /// <summary>The category of the bot's lines (VolumeBot.Core and Simulation log through Microsoft.Extensions.Logging).</summary>
    public const string BotCategory = "VolumeBot";

    private const string FileOnlyProperty = "FileOnly";

    /// <param name="clock">Stamps lines with this clock's time instead of the wall clock's (a simulation's virtual time).</param>
    public static Logger Create(string logFile, string label, TimeZoneInfo zone, ILogEventSink? console = null, TimeProvider? clock = null)
    {
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.With(new PythonStyleEnricher(zone, label, clock))
            .WriteTo.Async(
                sinks =>
                {
                    sinks.File(logFile, outputTemplate: Template, shared: true, flushToDiskInterval: TimeSpan.FromSeconds(1));
                    sinks.Logger(screen =>
                    {
                        screen.Filter.ByExcluding(e => e.Properties.ContainsKey(FileOnlyProperty));
                        _ = console is null ? screen.WriteTo.Console(outputTemplate: Template) : screen.WriteTo.Sink(console);
                    });
                },
                bufferSize: QueuedLines,
                blockWhenFull: true)
            .CreateLogger();
    }

    /// <summary>The bot's logger (Microsoft.Extensions.Logging) writing into <paramref name="logger"/>, lines unchanged.</summary>
    public static Microsoft.Extensions.Logging.ILogger ForBot(ILogger logger) => Loggers(logger).CreateLogger(BotCategory);

    /// <summary>Microsoft.Extensions.Logging loggers writing into <paramref name="logger"/>; disposing them leaves it open.</summary>
    public static Microsoft.Extensions.Logging.ILoggerFactory Loggers(ILogger logger) => new SerilogLoggerFactory(logger);

    /// <summary>Lines for the activity log file only: what the terminal already shows in another form (an error on stderr).</summary>
    public static ILogger FileOnly(ILogger logger) => logger.ForContext(FileOnlyProperty, true);

    private sealed class PythonStyleEnricher(TimeZoneInfo zone, string label, TimeProvider? clock) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            var local = TimeZoneInfo.ConvertTime(clock?.GetUtcNow() ?? logEvent.Timestamp, zone);
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("LocalTime", local.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)));
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("LevelName", LevelName(logEvent.Level)));
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Label", label));
        }

        private static string LevelName(LogEventLevel level) => level switch
        {
            LogEventLevel.Warning => "WARNING",
            LogEventLevel.Error or LogEventLevel.Fatal => "ERROR",
            LogEventLevel.Debug or LogEventLevel.Verbose => "DEBUG",
            _ => "INFO",
        };
    }
}
