using System.Diagnostics;

namespace VolumeBot.Paradex.Tests.Interoperability;

/// <summary>
/// The official Paradex JS tooling (@paradex/sdk 0.8.1, starknet 8.9.2 as pinned in shared/vectors/README.md),
/// installed with npm from the committed lock file into tests/VolumeBot.Paradex.Tests/interop on first use.
/// Without node or the npm registry the interop test fails and says why; it never passes silently.
/// </summary>
internal static class OfficialTooling
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "VolumeBot.Paradex.Tests", "interop");

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (IsInstalled())
            {
                return;
            }

            var (exit, _, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--fetch-retry-mintimeout=2000", "--fetch-retry-maxtimeout=10000"], new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            if (exit != 0 || !IsInstalled())
            {
                Assert.Fail($"The interop test needs @paradex/sdk and starknet from the npm registry, and `npm ci` in {Directory} failed (exit {exit}). Is the registry reachable? npm said:\n{Tail(stderr)}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"The interop test needs {fileName} (Node.js 20 with npm) on the PATH: {e.Message}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }

    private static bool IsInstalled() =>
        File.Exists(Path.Combine(Directory, "node_modules", "@paradex", "sdk", "package.json"))
        && File.Exists(Path.Combine(Directory, "node_modules", "starknet", "package.json"));

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

        throw new InvalidOperationException("VolumeBot.sln not found above the test binaries");
    }
}
