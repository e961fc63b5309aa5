using System.Runtime.InteropServices;

namespace VolumeBot.Cli.Commands;

/// <summary>
/// Ctrl-C and SIGTERM ask for a graceful stop (stop opening, cancel the open order, close in boost mode, summary);
/// a second Ctrl-C exits at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    public const int ForcedExitCode = 130;
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _console;
    private readonly Action<int> _exit;
    private readonly PosixSignalRegistration? _sigterm;
    private int _interrupts;

    public StopSignals(TextWriter console)
        : this(console, Environment.Exit, listen: true)
    {
    }

    internal StopSignals(TextWriter console, Action<int> exit, bool listen)
    {
        _console = console;
        _exit = exit;
        if (!listen)
        {
            return;
        }

        Console.CancelKeyPress += (_, e) => e.Cancel = OnInterrupt();
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _stop.Cancel();
        });
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>Ctrl-C: the first asks for a graceful stop (true: keep the process alive), the second exits.</summary>
    internal bool OnInterrupt()
    {
        if (Interlocked.Increment(ref _interrupts) == 1)
        {
            _console.WriteLine("Stop requested: finishing the cycle and closing. Press Ctrl-C again to exit at once.");
            _stop.Cancel();
            return true;
        }

        _exit(ForcedExitCode);
        return false;
    }

    public void Dispose()
    {
        _sigterm?.Dispose();
        _stop.Dispose();
    }
}
