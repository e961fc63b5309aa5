using System.Diagnostics;
using System.Runtime.InteropServices;

namespace VolumeBot.Stats.Benchmarks;

internal sealed record ChildRun(TimeSpan Wall, long PeakRssBytes, int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a program and measures its wall time and (Linux) the peak resident memory of the children so far.</summary>
internal static partial class ChildProcess
{
    public static ChildRun Run(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return new ChildRun(watch.Elapsed, PeakRssOfChildren(), process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>getrusage(RUSAGE_CHILDREN).ru_maxrss: the largest peak RSS of any child waited for (kB on Linux).</summary>
    private static long PeakRssOfChildren()
    {
        if (!OperatingSystem.IsLinux())
            return -1;
        var usage = new RUsage();
        return GetRUsage(-1, ref usage) == 0 ? usage.MaxRss * 1024 : -1;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, ref RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
