using VolumeBot.Core.Accounting;

namespace VolumeBot.Testing;

public sealed class ListJournal : ITradeJournal
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
