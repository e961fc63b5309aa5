using System.Diagnostics;

namespace VolumeBot.Paradex.Benchmarks;

/// <summary>Median wall time and median thread CPU time per item, in microseconds.</summary>
internal readonly record struct Medians(double WallMicroseconds, double CpuMicroseconds);

internal static class Timing
{
    /// <summary>Runs every item <paramref name="warmupRounds"/> times first (JIT tiering), then times each item once.</summary>
    public static Medians Measure<T>(IReadOnlyList<T> items, int warmupRounds, Action<T> action)
    {
        for (var round = 0; round < warmupRounds; round++)
        {
            foreach (var item in items)
            {
                action(item);
            }
        }

        var wall = new double[items.Count];
        var cpu = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var cpuStart = ThreadCpuClock.NowNanoseconds();
            var start = Stopwatch.GetTimestamp();
            action(items[i]);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            cpu[i] = (ThreadCpuClock.NowNanoseconds() - cpuStart) / 1000.0;
        }

        return new Medians(Median(wall), Median(cpu));
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }
}
