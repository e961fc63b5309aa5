using System.Diagnostics;
using System.Globalization;

namespace VolumeBot.Cli.Logging;

/// <summary>
/// One run per venue, market and account in a log directory: two would interleave rows in the same trades CSV. The
/// lock is an operating-system file lock (FileShare.None), so it dies with its process and a killed run never blocks
/// a restart. Who holds it goes to a separate .owner file, since the lock file itself cannot be opened by others.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private RunLock(FileStream held, string ownerPath)
    {
        _lock = held;
        _ownerPath = ownerPath;
    }

    /// <summary>Set (to 1 or true) it turns .NET's file locks off, and with them this lock.</summary>
    public const string DisableLockingVariable = "DOTNET_SYSTEM_IO_DISABLEFILELOCKING";

    /// <summary>Why the lock cannot work in this process, or null.</summary>
    public static string? Unavailable() =>
        AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled
        || Environment.GetEnvironmentVariable(DisableLockingVariable)?.Trim().ToLowerInvariant() is "1" or "true"
            ? $"{DisableLockingVariable} is set, which turns off the lock that keeps two runs from writing one trades CSV; unset it to trade"
            : null;

    /// <summary>The lock, or null when another run holds it (<paramref name="holder"/> says who, as far as it is known).</summary>
    public static RunLock? TryAcquire(RunFiles files, out string? holder)
    {
        ArgumentNullException.ThrowIfNull(files);
        FileStream held;
        try
        {
            held = new FileStream(files.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            holder = ReadOwner(files.LockOwner);
            return null;
        }

        try
        {
            using var self = Process.GetCurrentProcess();
            var started = self.StartTime.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            File.WriteAllText(files.LockOwner, $"pid {Environment.ProcessId}, started {started}, on {Environment.MachineName}\n");
        }
        catch
        {
            held.Dispose();
            throw;
        }

        holder = null;
        return new RunLock(held, files.LockOwner);
    }

    public void Dispose()
    {
        // the owner file goes first, while the lock still keeps every other run out
        try
        {
            File.Delete(_ownerPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a stale owner file is overwritten by the next run that takes the lock
        }

        _lock.Dispose();
    }

    /// <summary>A sharing violation: EWOULDBLOCK from flock on Unix (11 on Linux, 35 on macOS), ERROR_SHARING_VIOLATION on Windows.</summary>
    private static bool IsHeldElsewhere(IOException failure) =>
        failure is not FileNotFoundException and not DirectoryNotFoundException
        && (OperatingSystem.IsWindows() ? (failure.HResult & 0xFFFF) is 32 or 33 : failure.HResult is 11 or 35);

    private static string ReadOwner(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return text.Length > 0 ? text : "details not written yet";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "its details cannot be read";
        }
    }
}
