using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Benchmarks;

internal sealed record EthersSignature(string R, string S, int V);

internal sealed record EthersResult(string EthersVersion, string NodeVersion, double MedianUs, IReadOnlyList<EthersSignature> Signatures);

/// <summary>
/// Runs the same orders through ethers under node. ethers is installed once into js/ next to this
/// project (its own package.json, node_modules git-ignored); the script and inputs go to a temp directory.
/// </summary>
internal static class EthersRunner
{
    public const string EthersVersion = "6.17.0";
    private const int WarmUpPasses = 3;

    public static EthersResult Run(ReadOnlySpan<byte> privateKey, ulong chainId, IReadOnlyList<OrderTypedData> orders)
    {
        var ethersDirectory = EnsureEthersInstalled();
        var workDirectory = Directory.CreateTempSubdirectory("grvt-ethers-bench-");
        try
        {
            var scriptPath = Path.Combine(workDirectory.FullName, "EthersBench.mjs");
            var inputPath = Path.Combine(workDirectory.FullName, "input.json");
            var outputPath = Path.Combine(workDirectory.FullName, "output.json");
            WriteScript(scriptPath);
            File.WriteAllText(inputPath, BuildInput(privateKey, chainId, orders));

            RunProcess("node", [scriptPath, inputPath, outputPath, ethersDirectory], workDirectory.FullName);
            return ReadOutput(outputPath);
        }
        finally
        {
            workDirectory.Delete(recursive: true); // the input holds the (throw-away) benchmark key
        }
    }

    private static string EnsureEthersInstalled()
    {
        var directory = Path.Combine(RepositoryRoot(), "bench", "VolumeBot.Grvt.Benchmarks", "js");
        var installedManifest = Path.Combine(directory, "node_modules", "ethers", "package.json");
        if (File.Exists(installedManifest)
            && JsonNode.Parse(File.ReadAllText(installedManifest))?["version"]?.GetValue<string>() == EthersVersion)
            return directory;

        Console.WriteLine($"Installing ethers@{EthersVersion} into {directory} …");
        RunProcess("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], directory);
        if (!File.Exists(installedManifest))
            throw new InvalidOperationException("npm install did not install ethers.");
        return directory;
    }

    private static void WriteScript(string path)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("EthersBench.mjs")
            ?? throw new InvalidOperationException("Embedded EthersBench.mjs is missing.");
        using var file = File.Create(path);
        resource.CopyTo(file);
    }

    private static string BuildInput(ReadOnlySpan<byte> privateKey, ulong chainId, IReadOnlyList<OrderTypedData> orders)
    {
        var messages = new JsonArray();
        foreach (var order in orders)
        {
            var legs = new JsonArray();
            foreach (var leg in order.Legs)
            {
                legs.Add(new JsonObject
                {
                    ["assetID"] = leg.AssetId.ToString(),
                    ["contractSize"] = leg.ContractSize.ToString(CultureInfo.InvariantCulture),
                    ["limitPrice"] = leg.LimitPrice.ToString(CultureInfo.InvariantCulture),
                    ["isBuyingContract"] = leg.IsBuyingContract,
                });
            }

            messages.Add(new JsonObject
            {
                ["subAccountID"] = order.SubAccountId.ToString(CultureInfo.InvariantCulture),
                ["isMarket"] = order.IsMarket,
                ["timeInForce"] = (int)order.TimeInForce,
                ["postOnly"] = order.PostOnly,
                ["reduceOnly"] = order.ReduceOnly,
                ["legs"] = legs,
                ["nonce"] = order.Nonce,
                ["expiration"] = order.Expiration.ToString(CultureInfo.InvariantCulture),
            });
        }

        return new JsonObject
        {
            ["chainId"] = chainId,
            ["privateKey"] = Hex.Format(privateKey),
            ["warmUpPasses"] = WarmUpPasses,
            ["orders"] = messages,
        }.ToJsonString();
    }

    private static EthersResult ReadOutput(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var samples = root.GetProperty("samplesUs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var signatures = root.GetProperty("signatures").EnumerateArray()
            .Select(e => new EthersSignature(e.GetProperty("r").GetString()!, e.GetProperty("s").GetString()!, e.GetProperty("v").GetInt32()))
            .ToList();
        return new EthersResult(
            root.GetProperty("ethersVersion").GetString()!, root.GetProperty("nodeVersion").GetString()!, Timing.Median(samples), signatures);
    }

    private static void RunProcess(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VolumeBot.sln")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException("VolumeBot.sln not found above " + AppContext.BaseDirectory);
    }
}
