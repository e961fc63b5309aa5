using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>The newest activity-log lines, for the live status view (which owns the terminal while it runs).</summary>
public sealed class RecentLines(int capacity) : ILogEventSink
{
    private readonly Queue<string> _lines = new();
    private readonly MessageTemplateTextFormatter _formatter = new(Logging.ActivityLogFactory.Template.Replace("{NewLine}{Exception}", "", StringComparison.Ordinal));

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
}
