namespace VolumeBot.Cli.Tests;

/// <summary>
/// A file the run cannot use is one line naming the path and the problem, exit code 1 and no trading. Permission
/// cases are made with chmod; when the tests run as root the program runs as nobody, so the permissions bind.
/// </summary>
public class UnusableFilesEndToEndTests
{
    private static readonly string[] PaperRun = ["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "0", "--max-cycles", "1", "--paper", "--no-live"];

    [Theory]
    [InlineData("unreadable env file", "cannot be read (permission denied)")]
    [InlineData("log dir is a file", "is a file, not a directory")]
    [InlineData("log dir below a file", "cannot be created")]
    [InlineData("unwritable log dir", "files cannot be created there (permission denied)")]
    [InlineData("unreadable log dir", "cannot be read (permission denied)")]
    [InlineData("read-only trades CSV", "cannot be written, so fills could not be recorded (permission denied)")]
    [InlineData("trades CSV is a directory", "is a directory, not a file")]
    public async Task An_unusable_file_is_one_line_naming_it_with_exit_1_and_no_trading(string problem, string expected)
    {
        using var scratch = new ScratchDirectory();
        var logs = scratch.Subdirectory("logs");
        var csv = Path.Combine(logs, "paradex_BTC_orders.csv");
        var (args, path) = Prepare(problem, scratch, logs, csv);
        string[] flags = [.. PaperRun, .. args];

        var (exit, run) = await VolumebotProcess.RunAsync(flags, timeoutSeconds: 60, unprivileged: true);
        using var _ = run;

        Assert.True(exit == 1, $"exit {exit}: {run.Stdout}{run.Stderr}");
        var error = run.OnlyErrorLine();
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout.Trim()); // nothing logged, nothing traded
        if (Directory.Exists(logs) && File.Exists(csv) && problem != "read-only trades CSV")
        {
            Assert.Single(File.ReadAllLines(csv));
        }
    }

    private static (string[] Args, string Path) Prepare(string problem, ScratchDirectory scratch, string logs, string csv) => problem switch
    {
        "unreadable env file" => (["--env-file", Locked(Write(scratch["trader.env"], "TIMEZONE=UTC"), 0)], scratch["trader.env"]),
        "log dir is a file" => (["--log-dir", Write(scratch["logs.txt"], "")], scratch["logs.txt"]),
        "log dir below a file" => (["--log-dir", Path.Combine(Write(scratch["logs.txt"], ""), "logs")], scratch["logs.txt"] + " is a file"),
        "unwritable log dir" => (["--log-dir", Locked(logs, 0b101_101_101)], logs),
        "unreadable log dir" => (["--log-dir", Locked(logs, 0b011_011_011)], logs),
        "read-only trades CSV" => (["--log-dir", logs], Locked(Write(csv, Reports.CsvFixtures.JournalHeader), 0b100_100_100)),
        "trades CSV is a directory" => (["--log-dir", logs], scratch.Subdirectory(Path.Combine("logs", "paradex_BTC_orders.csv"))),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    private static string Write(string path, string text)
    {
        File.WriteAllText(path, text + "\n");
        ScratchDirectory.Chmod(path, ScratchDirectory.Everyone);
        return path;
    }

    private static string Locked(string path, int mode)
    {
        ScratchDirectory.Chmod(path, (UnixFileMode)mode);
        return path;
    }
}
