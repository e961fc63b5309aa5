using System.Collections.Concurrent;

namespace VolumeBot.Core.Accounting;

/// <summary>
/// A journal whose rows are written by a thread of their own: taking a fill costs the event pump no disk write, so
/// the close an open's fill triggers goes out first and the row follows right after. Disposing writes every row
/// taken. A row a kill left unwritten is rebuilt at the next start from the venue's fills (marked recovered), like
/// any fill an interrupted run did not write.
/// </summary>
public sealed class QueuedJournal : ITradeJournal, IDisposable
{
    private readonly ITradeJournal _inner;
    private readonly BlockingCollection<TradeRecord> _rows = [];
    private readonly Thread _writer;
    private Exception? _failure;
    private bool _disposed;

    public QueuedJournal(ITradeJournal inner)
    {
        _inner = inner;
        _writer = new Thread(WriteRows) { IsBackground = true, Name = "trades-journal" };
        _writer.Start();
    }

    public JournalTail Tail => _inner.Tail;

    /// <summary>Takes the row for the writer; a row before it that could not be written fails this call.</summary>
    public void Append(TradeRecord record)
    {
        ThrowIfFailed();
        _rows.Add(record);
    }

    /// <summary>Waits until every row taken is written (the inner journal stays open: its owner closes it).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _rows.CompleteAdding();
        _writer.Join();
        _rows.Dispose();
        ThrowIfFailed();
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw new IOException($"the trades journal could not be written: {failure.Message}", failure);
        }
    }

    private void WriteRows()
    {
        try
        {
            foreach (var record in _rows.GetConsumingEnumerable())
            {
                _inner.Append(record);
            }
        }
        catch (Exception failure)
        {
            Volatile.Write(ref _failure, failure); // surfaces on the next row taken, and when the journal closes
        }
    }
}
