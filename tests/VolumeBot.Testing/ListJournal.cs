using VolumeBot.Core.Accounting;

namespace VolumeBot.Testing;

public sealed class ListJournal : ITradeJournal
{
    private readonly List<TradeRecord> _records = [];

    /// <param name="tail">What an earlier run left in the journal; none by default.</param>
    public ListJournal(JournalTail? tail = null)
    {
        Tail = tail ?? JournalTail.None;
    }

    public JournalTail Tail { get; }

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
