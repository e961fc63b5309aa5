using System.Diagnostics;

namespace VolumeBot.Grvt.Benchmarks;

internal static class Timing
{
    public static double Median(double[] samples)
    {
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Wall-clock microseconds of each call, one sample per item.</summary>
    public static double[] PerItem<T>(IReadOnlyList<T> items, Action<T> action)
    {
        var samples = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(items[i]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        return samples;
    }
}
