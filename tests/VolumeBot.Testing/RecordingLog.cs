using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace VolumeBot.Testing;

/// <summary>
/// Keeps rendered lines for assertions. The bot logs through Microsoft.Extensions.Logging into Serilog, as the CLI
/// wires it, so the lines are the ones the activity log gets; the venue libraries still take Serilog itself.
/// </summary>
public sealed class RecordingLog : ILogEventSink
{
    private readonly List<(LogEventLevel Level, string Text)> _lines = [];

    public RecordingLog()
    {
        SerilogLogger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(this).CreateLogger();
        Logger = new SerilogLoggerProvider(SerilogLogger).CreateLogger("VolumeBot");
    }

    /// <summary>For the bot (VolumeBot.Core and Simulation).</summary>
    public Microsoft.Extensions.Logging.ILogger Logger { get; }

    /// <summary>For the venue libraries that still log through Serilog.</summary>
    public ILogger SerilogLogger { get; }

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
