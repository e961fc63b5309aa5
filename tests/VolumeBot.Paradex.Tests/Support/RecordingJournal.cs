using Serilog;
using Serilog.Core;
using Serilog.Events;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Paradex.Tests.Support;

/// <summary>The trade journal (what the CSV gets) as a list.</summary>
internal sealed class RecordingJournal : ITradeJournal
{
    private readonly List<TradeRecord> _records = [];

    public IReadOnlyList<TradeRecord> Records
    {
        get
        {
            lock (_records)
            {
                return _records.ToList();
            }
        }
    }

    public void Append(TradeRecord record)
    {
        lock (_records)
        {
            _records.Add(record);
        }
    }
}

/// <summary>A Serilog logger that keeps rendered lines.</summary>
internal sealed class RecordingLog : ILogEventSink
{
    private readonly List<string> _lines = [];

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
                return _lines.ToList();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_lines)
        {
            _lines.Add($"{logEvent.Level}: {logEvent.RenderMessage()}");
        }
    }

    public bool Contains(string fragment) => Lines.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    public override string ToString() => string.Join(Environment.NewLine, Lines);
}
