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
    private readonly PosixSignalRegistration _sigterm;
    private int _interrupts;

    public StopSignals(TextWriter console)
    {
        Console.CancelKeyPress += (_, e) =>
        {
            if (Interlocked.Increment(ref _interrupts) == 1)
            {
                e.Cancel = true;
                console.WriteLine("Stop requested: finishing the cycle and closing. Press Ctrl-C again to exit at once.");
                _stop.Cancel();
                return;
            }

            Environment.Exit(ForcedExitCode);
        };
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _stop.Cancel();
        });
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _sigterm.Dispose();
        _stop.Dispose();
    }
}
