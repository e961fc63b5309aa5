using System.Diagnostics;
using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Benchmarks;

/// <summary>Runs the same orders through starknet.js (installed on demand into the bench js/ cache directory).</summary>
internal sealed class StarknetJsRunner(string cacheDirectory)
{
    public sealed record Result(double MedianMicroseconds, IReadOnlyList<(Felt Hash, StarkSignature Signature)> Signatures);

    public Result Run(BenchmarkInput input, int warmupOrders)
    {
        EnsureInstalled();
        var workDirectory = Directory.CreateTempSubdirectory("paradex-bench-");
        try
        {
            var scriptPath = Path.Combine(workDirectory.FullName, "bench.mjs");
            using (var script = typeof(StarknetJsRunner).Assembly.GetManifestResourceStream("StarknetJsBench.mjs")!)
            using (var file = File.Create(scriptPath))
            {
                script.CopyTo(file);
            }

            var inputPath = Path.Combine(workDirectory.FullName, "inputs.json");
            File.WriteAllText(inputPath, JsonSerializer.Serialize(new
            {
                privateKey = input.PrivateKeyHex,
                account = input.Account.ToHexString(),
                chainIdFelt = input.Domain.ChainIdFelt.ToHexString(),
                warmup = warmupOrders,
                orders = input.Orders.Select(o => new
                {
                    market = o.Market,
                    side = o.SideText,
                    type = o.Type,
                    size = o.Size,
                    price = o.Price,
                    timestamp = o.SignatureTimestampMs,
                }),
            }));

            var output = RunProcess("node", workDirectory.FullName, scriptPath, Path.Combine(cacheDirectory, "package.json"), inputPath);
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            var signatures = root.GetProperty("results").EnumerateArray()
                .Select(r => (Felt.ParseHex(r.GetProperty("hash").GetString()!),
                    new StarkSignature(Felt.ParseHex(r.GetProperty("r").GetString()!), Felt.ParseHex(r.GetProperty("s").GetString()!))))
                .ToList();
            return new Result(root.GetProperty("medianNs").GetDouble() / 1000.0, signatures);
        }
        finally
        {
            workDirectory.Delete(recursive: true);
        }
    }

    private void EnsureInstalled()
    {
        if (File.Exists(Path.Combine(cacheDirectory, "node_modules", "starknet", "package.json")))
        {
            return;
        }

        Console.WriteLine($"Installing starknet.js into {cacheDirectory} ...");
        RunProcess("npm", cacheDirectory, "install", "--no-audit", "--no-fund");
    }

    private static string RunProcess(string fileName, string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout;
    }
}
