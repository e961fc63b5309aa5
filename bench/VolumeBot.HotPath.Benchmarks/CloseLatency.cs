using System.Diagnostics;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.HotPath.Benchmarks;

/// <summary>
/// From the emulator's marks: for each open, the time from the last message about it (the one that told the bot it
/// filled) to the arrival of the first reduce-only order after it (the close), on the emulator's stopwatch.
/// </summary>
internal static class CloseLatency
{
    public static List<double> Microseconds(IReadOnlyList<OrderMark> marks)
    {
        var latencies = new List<double>();
        var lastEvent = new Dictionary<string, long>(StringComparer.Ordinal);
        string? open = null;
        foreach (var mark in marks)
        {
            if (!mark.IsArrival)
            {
                lastEvent[mark.ClientId] = mark.Timestamp;
            }
            else if (!mark.ReduceOnly)
            {
                open = mark.ClientId;
            }
            else if (open is not null && lastEvent.TryGetValue(open, out var told))
            {
                latencies.Add(Stopwatch.GetElapsedTime(told, mark.Timestamp).TotalMicroseconds);
                open = null; // a market order after the IOC is the same close, not another one
            }
        }

        return latencies;
    }

    public static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
