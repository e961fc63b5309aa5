using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace VolumeBot.Cli.Logging;

/// <summary>Serilog with the Python bot's line format: yyyy-MM-dd HH:mm:ss.fff - LEVEL - [EXCHANGE_TICKER] message, in TIMEZONE.</summary>
public static class ActivityLogFactory
{
    public const string Template = "{LocalTime:l} - {LevelName:l} - [{Label:l}] {Message:l}{NewLine}{Exception}";

    private const string FileOnlyProperty = "FileOnly";

    public static Logger Create(string logFile, string label, TimeZoneInfo zone, ILogEventSink? console = null)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.With(new PythonStyleEnricher(zone, label))
            .WriteTo.File(logFile, outputTemplate: Template, shared: true, flushToDiskInterval: TimeSpan.FromSeconds(1));
        return configuration.WriteTo.Logger(screen =>
            {
                screen.Filter.ByExcluding(e => e.Properties.ContainsKey(FileOnlyProperty));
                _ = console is null ? screen.WriteTo.Console(outputTemplate: Template) : screen.WriteTo.Sink(console);
            })
            .CreateLogger();
    }

    /// <summary>Lines for the activity log file only: what the terminal already shows in another form (an error on stderr).</summary>
    public static ILogger FileOnly(ILogger logger) => logger.ForContext(FileOnlyProperty, true);

    private sealed class PythonStyleEnricher(TimeZoneInfo zone, string label) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            var local = TimeZoneInfo.ConvertTime(logEvent.Timestamp, zone);
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
