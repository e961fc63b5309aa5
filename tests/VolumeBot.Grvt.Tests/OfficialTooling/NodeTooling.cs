using System.Diagnostics;
using System.Text.Json;

namespace VolumeBot.Grvt.Tests.OfficialTooling;

/// <summary>
/// The official-grade JavaScript tooling in tests/VolumeBot.Grvt.Tests/interop, installed with npm from its
/// committed package-lock.json on first use. No registry means a failing test with the reason, never a skip.
/// </summary>
internal static class NodeTooling
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "VolumeBot.Grvt.Tests", "interop");

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Installed("ethers", "6.17.0") && Installed(Path.Combine("@grvt", "client"), "1.7.0"))
            {
                return;
            }

            var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(4));
            Assert.True(exit == 0, $"npm ci in {Directory} failed (exit {exit}); the interop test needs the npm registry. Output:\n{Tail(output)}");
            Assert.True(Installed("ethers", "6.17.0") && Installed(Path.Combine("@grvt", "client"), "1.7.0"), "npm ci did not install ethers 6.17.0 and @grvt/client 1.7.0");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs sign-and-send.mjs with one JSON argument and returns the JSON line it prints.</summary>
    public static async Task<JsonElement> SignAndSendAsync(object input)
    {
        var (exit, output) = await RunAsync("node", ["sign-and-send.mjs", JsonSerializer.Serialize(input)], TimeSpan.FromSeconds(60));
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        Assert.True(line is not null, $"sign-and-send.mjs printed no result (exit {exit}):\n{Tail(output)}");
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private static bool Installed(string package, string version)
    {
        var manifest = Path.Combine(Directory, "node_modules", package, "package.json");
        return File.Exists(manifest) && JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("version").GetString() == version;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"{program} is not installed or not on PATH ({e.Message}); the GRVT interop test needs Node.js and npm");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {string.Join(' ', args.Take(1))} did not finish within {timeout.TotalSeconds}s");
            }

            return (process.ExitCode, await stdout + await stderr);
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VolumeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("VolumeBot.sln not found above " + AppContext.BaseDirectory);
    }
}
