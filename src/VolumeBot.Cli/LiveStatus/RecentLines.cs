using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>
/// The newest activity-log lines, for the live status view (which owns the terminal while it runs). They read
/// "HH:mm:ss LEVEL message": the date and the [VENUE_TICKER] label are in the block's title and the log file, and
/// without them a line fits one row of an 80-column terminal far more often.
/// </summary>
public sealed class RecentLines(int capacity) : ILogEventSink
{
    private readonly Queue<string> _lines = new();
    private readonly MessageTemplateTextFormatter _formatter = new("{LevelName:l} {Message:l}");

    public IReadOnlyList<string> Snapshot()
    {
        lock (_lines)
        {
            return _lines.ToList();
        }
    }

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        text.Write(TimeOfDay(logEvent));
        text.Write(' ');
        _formatter.Format(logEvent, text);
        lock (_lines)
        {
            _lines.Enqueue(text.ToString());
            while (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>HH:mm:ss of the log line's own time (in TIMEZONE, "yyyy-MM-dd HH:mm:ss.fff" from the enricher).</summary>
    private static string TimeOfDay(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("LocalTime", out var local) && local is ScalarValue { Value: string { Length: >= 19 } stamp }
            ? stamp[11..19]
            : logEvent.Timestamp.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
