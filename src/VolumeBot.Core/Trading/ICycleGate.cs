namespace VolumeBot.Core.Trading;

/// <summary>
/// Asked once before every cycle: returns when the cycle may start (at once when nothing limits it). The Paradex Retail
/// order budget is one; the default is always open.
/// </summary>
public interface ICycleGate
{
    static ICycleGate AlwaysOpen { get; } = new OpenGate();

    Task WaitUntilOpenAsync(CancellationToken stopToken);

    private sealed class OpenGate : ICycleGate
    {
        public Task WaitUntilOpenAsync(CancellationToken stopToken) => Task.CompletedTask;
    }
}
