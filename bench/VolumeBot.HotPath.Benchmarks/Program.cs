using System.Diagnostics;
using System.Globalization;
using VolumeBot.Emulators.Paradex;
using VolumeBot.HotPath.Benchmarks;

// The hot path of a boost + IOC run: the real volumebot program against the Paradex emulator (order signatures not
// verified, so the emulator's own check is not counted), timed by the emulator from the message that told the bot
// its open filled to the arrival of the close, and from the bot's own [LATENCY] line (fill event taken from the
// stream to the close handed to the HTTP transport). Usage: [cycles [directory]] (default 60 cycles in a temporary
// directory). The bot writes each fill's CSV row to disk (fsync) before it sends the close, so the figures depend on
// the disk: a directory on a RAM disk (/dev/shm) leaves the bot's own part.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cycles = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;

await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions
{
    Markets = [ParadexEmulatorOptions.BusyBtc],
    Seed = 31,
    VerifiesOrderSignatures = false,
});
var directory = args.Length > 1
    ? Directory.CreateDirectory(Path.Combine(args[1], $"volumebot-hotpath-{Environment.ProcessId}"))
    : Directory.CreateTempSubdirectory("volumebot-hotpath-");
var start = new ProcessStartInfo("dotnet")
{
    WorkingDirectory = directory.FullName,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    UseShellExecute = false,
};
foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "volumebot.dll"), "--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0", "--max-cycles", cycles.ToString(CultureInfo.InvariantCulture), "--no-live" })
{
    start.ArgumentList.Add(arg);
}

foreach (var (name, value) in emulator.EnvironmentFor())
{
    start.Environment[name] = value;
}

using var bot = Process.Start(start)!;
var stdout = bot.StandardOutput.ReadToEndAsync();
var stderr = bot.StandardError.ReadToEndAsync();
await bot.WaitForExitAsync();
var latencies = CloseLatency.Microseconds(emulator.Stats.OrderMarks);
var inProcess = Directory.EnumerateFiles(directory.FullName, "*_activity.log", SearchOption.AllDirectories)
    .SelectMany(File.ReadLines)
    .LastOrDefault(line => line.Contains("[LATENCY]", StringComparison.Ordinal));
directory.Delete(recursive: true);
if (bot.ExitCode != 0 || latencies.Count == 0)
{
    Console.Error.WriteLine($"volumebot exited {bot.ExitCode} with {latencies.Count} closes timed");
    Console.Error.WriteLine(await stdout);
    Console.Error.WriteLine(await stderr);
    return 1;
}

Console.WriteLine($"Paradex boost + IOC, real CLI against the emulator (signature check off), {latencies.Count} closes, run in {Path.GetDirectoryName(directory.FullName)}");
Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; REST book reads during the run: {emulator.Stats.BookReads}");
Console.WriteLine($"  outside (emulator's stopwatch, loopback and emulator included):");
Console.WriteLine($"    open-fill to close-arrival p50: {CloseLatency.Percentile(latencies, 50),8:F0} us");
Console.WriteLine($"    open-fill to close-arrival p99: {CloseLatency.Percentile(latencies, 99),8:F0} us");
Console.WriteLine($"    open-fill to close-arrival max: {latencies.Max(),8:F0} us");
Console.WriteLine($"  inside (the bot's own part, fill event taken to close handed to the HTTP transport):");
Console.WriteLine($"    {(inProcess is null ? "no [LATENCY] line in the activity log" : inProcess[(inProcess.IndexOf("[LATENCY]", StringComparison.Ordinal) + 10)..])}");
return 0;
