using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace VolumeBot.Testing;

/// <summary>A Serilog logger that keeps rendered lines for assertions.</summary>
public sealed class RecordingLog : ILogEventSink
{
    private readonly List<(LogEventLevel Level, string Text)> _lines = [];

    public RecordingLog()
    {
        Logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(this).CreateLogger();
    }

    public ILogger Logger { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.Select(l => l.Text).ToList();
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_lines)
            {
                return _lines.Where(l => l.Level >= LogEventLevel.Error).Select(l => l.Text).ToList();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_lines)
        {
            _lines.Add((logEvent.Level, logEvent.RenderMessage()));
        }
    }

    public bool Contains(string fragment) => Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
