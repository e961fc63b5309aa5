using System.Globalization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Alerts;

/// <summary>
/// Spec 2.10 loss alerts for normal mode, with W-P7 fixed: each open cycle is an entry (partial fills included),
/// reduced only by its own take-profit's fills, and an empty book side never reads as a 100 % loss.
/// </summary>
public sealed class LossAlerts(IAlertSink sink, string label, Side direction)
{
    private static readonly int[] ThresholdsPercent = [50, 80, 100];
    private readonly object _gate = new();
    private readonly Dictionary<int, Entry> _entries = [];

    public int OpenEntries
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public void OpenFilled(int cycle, decimal price, decimal size)
    {
        lock (_gate)
        {
            var entry = _entries.GetValueOrDefault(cycle) ?? new Entry();
            entry.Notional += price * size;
            entry.Size += size;
            _entries[cycle] = entry;
        }
    }

    public void CloseFilled(int cycle, decimal size)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(cycle, out var entry))
            {
                var price = entry.Price;
                entry.Size -= size;
                entry.Notional = entry.Size * price;
                if (entry.Size <= 0)
                {
                    _entries.Remove(cycle);
                }
            }
        }
    }

    public void Check(TopOfBook top)
    {
        var current = direction == Side.Buy ? top.BestBid : top.BestAsk;
        if (current <= 0)
        {
            return;
        }

        List<string> messages = [];
        lock (_gate)
        {
            foreach (var entry in _entries.Values)
            {
                var price = entry.Price;
                var loss = direction == Side.Buy ? (price - current) / price : (current - price) / price;
                foreach (var threshold in ThresholdsPercent)
                {
                    if (loss * 100 >= threshold && entry.Sent.Add(threshold))
                    {
                        messages.Add(string.Create(CultureInfo.InvariantCulture,
                            $"🚨 亏损告警 | {label} 仓位亏损约 {loss * 100:0.0}% (入场价 {price:0.0000}, 当前价 {current:0.0000}, 数量 {entry.Size:0.0000})。"));
                    }
                }
            }
        }

        messages.ForEach(sink.Send);
    }

    private sealed class Entry
    {
        public decimal Size { get; set; }

        public decimal Notional { get; set; }

        public decimal Price => Size == 0 ? 0 : Notional / Size;

        public HashSet<int> Sent { get; } = [];
    }
}
