using System.Diagnostics;
using System.Globalization;
using VolumeBot.Paradex.Benchmarks;
using VolumeBot.Paradex.Signing;

// Paradex order signing: C# vs starknet.js on identical inputs, typed-data hash + signature per order.
if (args.Contains("micro"))
{
    MicroBenchmarks.Run();
    return 0;
}

const int OrderCount = 2000;
const int WarmupRounds = 2;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var buildWatch = Stopwatch.StartNew();
_ = Pedersen.Hash(Felt.One, Felt.One);
var pedersenTablesMs = buildWatch.Elapsed.TotalMilliseconds;
buildWatch.Restart();
var input = BenchmarkInput.Create(OrderCount);
var generatorTableMs = buildWatch.Elapsed.TotalMilliseconds;

// Like starknet.js: the whole typed-data hash (domain struct hash included) is recomputed per order.
var key = input.Key;
var domainFields = input.Domain.Fields.ToArray();
(Felt Hash, StarkSignature Signature) SignFromScratch(ParadexOrder order)
{
    var domainHash = ParadexDomain.Type.StructHash(domainFields);
    var hash = TypedDataHasher.MessageHash(domainHash, input.Account, ParadexMessages.Order(order).StructHash());
    return (hash, key.Sign(hash));
}

var signer = new ParadexSigner(key, input.Account, input.Domain);
var fromScratch = Timing.Measure(input.Orders, WarmupRounds, o => SignFromScratch(o));
var signerTimes = Timing.Measure(input.Orders, WarmupRounds, o => signer.SignOrder(o));
var fromScratchUs = fromScratch.WallMicroseconds;
var signerUs = signerTimes.WallMicroseconds;

var repositoryRoot = FindRepositoryRoot();
var js = new StarknetJsRunner(Path.Combine(repositoryRoot, "bench", "VolumeBot.Paradex.Benchmarks", "js"))
    .Run(input, warmupOrders: OrderCount / 4);

var identical = input.Orders.Select(SignFromScratch).Zip(js.Signatures).Count(pair => pair.First == pair.Second);
var signerAgrees = input.Orders.Select(o => signer.SignOrder(o)).Zip(js.Signatures)
    .Count(pair => pair.First.MessageHash == pair.Second.Hash && pair.First.Signature == pair.Second.Signature);

var cpuNote = ThreadCpuClock.IsSupported ? "" : " (thread CPU time not available on this OS)";
Console.WriteLine($"Paradex order signing: {OrderCount} orders, typed-data hash + signature, median per order{cpuNote}");
Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
Console.WriteLine($"  one-time tables: Pedersen {pedersenTablesMs:F0} ms, generator {generatorTableMs:F0} ms");
Console.WriteLine($"  C# full typed-data hash + sign             : {fromScratchUs,8:F1} us wall, {fromScratch.CpuMicroseconds,8:F1} us CPU");
Console.WriteLine($"  C# ParadexSigner.SignOrder (prefix cached) : {signerUs,8:F1} us wall, {signerTimes.CpuMicroseconds,8:F1} us CPU");
Console.WriteLine($"  starknet.js 8.9.2 getMessageHash + sign    : {js.MedianMicroseconds,8:F1} us wall");
Console.WriteLine($"  ratio starknet.js / C# full                : {js.MedianMicroseconds / fromScratchUs,8:F1}x");
Console.WriteLine($"  ratio starknet.js / C# ParadexSigner       : {js.MedianMicroseconds / signerUs,8:F1}x");
Console.WriteLine($"  identical hash + signature vs starknet.js  : {identical}/{OrderCount} (full), {signerAgrees}/{OrderCount} (ParadexSigner)");

var ok = identical == OrderCount && signerAgrees == OrderCount && fromScratchUs < 500 && js.MedianMicroseconds / fromScratchUs >= 80;
Console.WriteLine(ok ? "  targets met (< 500 us, >= 80x starknet.js, identical signatures)" : "  TARGETS NOT MET");
return ok ? 0 : 1;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "VolumeBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("VolumeBot.sln not found above the benchmark binary.");
}
