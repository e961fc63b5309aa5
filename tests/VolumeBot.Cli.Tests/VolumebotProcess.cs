using System.Diagnostics;
using System.Text;

namespace VolumeBot.Cli.Tests;

/// <summary>The built volumebot program run as a user runs it, in its own working directory.</summary>
public sealed class VolumebotProcess : IDisposable
{
    private static readonly string[] VenueVariables =
    [
        "PARADEX_L1_ADDRESS", "PARADEX_L2_PRIVATE_KEY", "PARADEX_L2_ADDRESS", "GRVT_TRADING_ACCOUNT_ID", "GRVT_PRIVATE_KEY", "GRVT_API_KEY", "ACCOUNT_NAME",
    ];

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(string Fragment, TaskCompletionSource Seen)> _watches = [];

    private readonly bool _ownsDirectory;

    /// <param name="args">The program's arguments.</param>
    /// <param name="environment">Variables set for the program (the venue keys of the test runner are removed).</param>
    /// <param name="unprivileged">Run as the unprivileged user nobody when the tests run as root, so file permissions bind.</param>
    /// <param name="workingDirectory">Where to run (a restart runs where the killed run ran); a new temporary directory, deleted afterwards, by default.</param>
    /// <param name="program">The volumebot.dll to run; the one built beside the tests by default.</param>
    public VolumebotProcess(string[] args, IReadOnlyDictionary<string, string>? environment = null, bool unprivileged = false, string? workingDirectory = null, string? program = null)
    {
        _ownsDirectory = workingDirectory is null;
        WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("volumebot-e2e-").FullName;
        var dropRoot = unprivileged && Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(dropRoot ? "setpriv" : "dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dropRoot)
        {
            ScratchDirectory.Chmod(WorkingDirectory, (UnixFileMode)0b111_101_101);
            start.Environment["HOME"] = WorkingDirectory;
            foreach (var arg in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(program ?? Path.Combine(AppContext.BaseDirectory, "volumebot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in VenueVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The user id (and group id) of nobody, which unprivileged runs use.</summary>
    public const int Nobody = 65534;

    public string WorkingDirectory { get; }

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stdout)
            {
                return _stderr.ToString();
            }
        }
    }

    public int Id => _process.Id;

    /// <summary>What a refused start prints: exactly one line on stderr, starting "Error: " (no stack trace).</summary>
    public string OnlyErrorLine()
    {
        var error = Stderr.Trim();
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("Error: ", error, StringComparison.Ordinal);
        return error;
    }

    public static async Task<(int ExitCode, VolumebotProcess Process)> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 240, bool unprivileged = false)
    {
        var process = new VolumebotProcess(args, environment, unprivileged);
        return (await process.WaitForExitAsync(timeoutSeconds), process);
    }

    public Task WaitForOutputAsync(string fragment)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stdout)
        {
            if (_stdout.ToString().Contains(fragment, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            _watches.Add((fragment, seen));
        }

        return seen.Task;
    }

    public async Task<int> WaitForExitAsync(int timeoutSeconds = 240)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await _process.WaitForExitAsync(timeout.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the dying process; the temp directory is cleaned eventually
        }
    }

    private void OnLine(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stdout)
        {
            buffer.AppendLine(line);
            foreach (var watch in _watches.Where(w => line.Contains(w.Fragment, StringComparison.Ordinal)).ToList())
            {
                watch.Seen.TrySetResult();
                _watches.Remove(watch);
            }
        }
    }
}
