namespace VolumeBot.Cli.Logging;

/// <summary>
/// While a run lasts, an exception nothing caught still gets the queued log lines and trades CSV rows written before
/// the process dies (both are written by background workers). A normal end or Ctrl-C writes them by disposing.
/// </summary>
public sealed class CrashFlush : IDisposable
{
    private readonly IDisposable[] _writers;

    /// <param name="writers">Disposed in this order when the process is about to die of an unhandled exception.</param>
    public CrashFlush(params IDisposable[] writers)
    {
        _writers = writers;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    public void Dispose() => AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;

    /// <summary>What the crash handler does: every writer closed, each whatever the others do.</summary>
    internal void Flush()
    {
        foreach (var writer in _writers)
        {
            try
            {
                writer.Dispose();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // the process is dying: what could not be written is rebuilt at the next start where it can be
            }
        }
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Flush();
}
