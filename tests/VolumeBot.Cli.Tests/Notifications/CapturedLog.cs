using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace VolumeBot.Cli.Tests.Notifications;

/// <summary>Rendered log lines of a test's logger.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly List<string> _lines = [];

    public CapturedLog()
    {
        Logger = new LoggerConfiguration().WriteTo.Sink(this).CreateLogger();
    }

    public ILogger Logger { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    public bool Contains(string fragment) => Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    public void Emit(LogEvent logEvent)
    {
        lock (_lines)
        {
            _lines.Add(logEvent.RenderMessage());
        }
    }
}
