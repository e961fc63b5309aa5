using System.Globalization;
using VolumeBot.Stats.Benchmarks;

// `volumebot stats` over a generated trades CSV against the README's awk one-liner over the same file.
// Usage: dotnet run -c Release --project bench/VolumeBot.Stats.Benchmarks [rows]
// Peak memory is getrusage(RUSAGE_CHILDREN), the largest of the children run so far: awk runs first, then stats,
// then stats --plot, so each figure is that run's own as long as each uses at least as much as the one before.
const double TargetRatio = 2;
const long TargetPeakBytes = 150_000_000;

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var directory = Directory.CreateTempSubdirectory("volumebot-stats-bench-");
try
{
    var logs = Directory.CreateDirectory(Path.Combine(directory.FullName, "logs"));
    var csv = Path.Combine(logs.FullName, "grvt_BTC_orders.csv");
    JournalFile.Write(csv, rows, seed: 11);
    var volumebot = Path.Combine(AppContext.BaseDirectory, "volumebot.dll");
    Console.WriteLine($"stats benchmark: {rows:N0} rows, {new FileInfo(csv).Length / 1e6:F1} MB, {Environment.ProcessorCount} cores, load {LoadAverage()}");

    // the same file's quote volume with the README's line
    var awk = ChildProcess.Run("awk", ["-F,", "NR>1 {sum+=$5*$4} END {printf \"%.2f\\n\", sum}", csv], directory.FullName);
    var stats = ChildProcess.Run("dotnet", [volumebot, "stats", csv, "--timezone", "UTC"], directory.FullName);
    var plot = ChildProcess.Run("dotnet", [volumebot, "stats", csv, "--timezone", "UTC", "--plot", Path.Combine(directory.FullName, "chart.png")], directory.FullName);
    foreach (var (name, run) in new[] { ("awk", awk), ("stats", stats), ("stats --plot", plot) })
    {
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine($"{name} failed ({run.ExitCode}): {run.Stderr}");
            return 1;
        }
    }

    var ratio = stats.Wall / awk.Wall;
    Console.WriteLine($"awk one-liner:            {awk.Wall.TotalSeconds,7:F2} s   quote volume {awk.Stdout.Trim()}");
    Console.WriteLine($"volumebot stats:          {stats.Wall.TotalSeconds,7:F2} s   peak memory {Mb(stats.PeakRssBytes)}");
    Console.WriteLine($"volumebot stats --plot:   {plot.Wall.TotalSeconds,7:F2} s   peak memory {Mb(plot.PeakRssBytes)}");
    Console.WriteLine($"ratio stats / awk:        {ratio,7:F2}x");
    Console.WriteLine($"targets: ≤ {TargetRatio}x awk {(ratio <= TargetRatio ? "MET" : "MISSED")}, < {TargetPeakBytes / 1e6:F0} MB {(stats.PeakRssBytes < TargetPeakBytes ? "MET" : "MISSED")}");
    var volumeLine = stats.Stdout.Split('\n').FirstOrDefault(l => l.Contains("Volume", StringComparison.OrdinalIgnoreCase));
    if (volumeLine is not null)
        Console.WriteLine($"stats: {volumeLine.Trim()}");
    return 0;
}
finally
{
    directory.Delete(recursive: true);
}

static string Mb(long bytes) => bytes < 0 ? "n/a (Linux only)" : $"{bytes / 1e6:F1} MB";

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
