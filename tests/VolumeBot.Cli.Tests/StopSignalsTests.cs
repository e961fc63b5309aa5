using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests;

public class StopSignalsTests
{
    [Fact]
    public void First_interrupt_asks_for_a_graceful_stop_and_the_second_exits_at_once()
    {
        var exits = new List<int>();
        using var console = new StringWriter();
        using var signals = new StopSignals(console, exits.Add, listen: false);

        Assert.True(signals.OnInterrupt());
        Assert.True(signals.Token.IsCancellationRequested);
        Assert.Empty(exits);
        Assert.Contains("Press Ctrl-C again to exit at once", console.ToString(), StringComparison.Ordinal);

        Assert.False(signals.OnInterrupt());
        Assert.Equal([StopSignals.ForcedExitCode], exits);
    }
}
