using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Journal;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Logging;

/// <summary>
/// Everything a run writes, opened before the first log line or venue call: the log directory, the run lock, the
/// trades CSV and the activity log. A file that cannot be used is one line naming the path and the problem.
/// </summary>
public sealed class OpenRunFiles : IDisposable
{
    private readonly CsvTradeJournal _csv;

    private OpenRunFiles(RunLock held, CsvTradeJournal csv)
    {
        Lock = held;
        _csv = csv;
        Journal = new QueuedJournal(csv);
    }

    public RunLock Lock { get; }

    /// <summary>The trades CSV, written behind the bot so a fill's row never holds up its close.</summary>
    public QueuedJournal Journal { get; }

    /// <param name="files">The run's file names.</param>
    /// <param name="market">Venue, market and account in words, for the message when another run holds the lock.</param>
    /// <param name="zone">Zone of the CSV timestamps.</param>
    public static (OpenRunFiles? Opened, string? Error) Open(RunFiles files, string market, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(files);
        var directory = Path.GetFullPath(files.Directory);
        if (DirectoryProblem(directory) is { } directoryError)
        {
            return (null, directoryError);
        }

        if (RunLock.Unavailable() is { } lockError)
        {
            return (null, lockError);
        }

        RunLock? held;
        string? holder;
        try
        {
            held = RunLock.TryAcquire(files, out holder);
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return (null, $"--log-dir {directory}: files cannot be created there ({FileProblems.Reason(e)})");
        }

        if (held is null)
        {
            return (null, $"Another volumebot is already trading {market} with --log-dir {directory} ({holder}); stop it first, or give this run another --log-dir or ACCOUNT_NAME");
        }

        var (journal, fileError) = OpenFiles(files, zone);
        if (journal is null)
        {
            held.Dispose();
            return (null, fileError);
        }

        return (new OpenRunFiles(held, journal), null);
    }

    public void Dispose()
    {
        try
        {
            Journal.Dispose(); // every row taken is written first
        }
        finally
        {
            _csv.Dispose();
            Lock.Dispose();
        }
    }

    private static string? DirectoryProblem(string directory)
    {
        if (File.Exists(directory))
        {
            return $"--log-dir {directory} is a file, not a directory";
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return FileAbove(directory) is { } file
                ? $"--log-dir {directory} cannot be created: {file} is a file, not a directory"
                : $"--log-dir {directory} cannot be created ({FileProblems.Reason(e)})";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(directory).GetEnumerator();
            entries.MoveNext();
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return $"--log-dir {directory} cannot be read ({FileProblems.Reason(e)})";
        }

        return null;
    }

    private static string? FileAbove(string directory)
    {
        for (var parent = Path.GetDirectoryName(directory); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }
        }

        return null;
    }

    private static (CsvTradeJournal? Journal, string? Error) OpenFiles(RunFiles files, TimeZoneInfo zone)
    {
        var csv = Path.GetFullPath(files.TradesCsv);
        var log = Path.GetFullPath(files.ActivityLog);
        if (Directory.Exists(csv))
        {
            return (null, $"Trades CSV {csv} is a directory, not a file");
        }

        if (Directory.Exists(log))
        {
            return (null, $"Activity log {log} is a directory, not a file");
        }

        if (File.Exists(csv))
        {
            try
            {
                using var read = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            }
            catch (Exception e) when (FileProblems.IsFileProblem(e))
            {
                return (null, $"Trades CSV {csv} cannot be read ({FileProblems.Reason(e)})");
            }
        }

        try
        {
            using var append = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return (null, $"Activity log {log} cannot be written ({FileProblems.Reason(e)})");
        }

        try
        {
            return (new CsvTradeJournal(csv, zone), null);
        }
        catch (Exception e) when (FileProblems.IsFileProblem(e))
        {
            return (null, $"Trades CSV {csv} cannot be written, so fills could not be recorded ({FileProblems.Reason(e)}); make it writable or use another --log-dir");
        }
    }
}
