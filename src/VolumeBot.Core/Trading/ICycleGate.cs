namespace VolumeBot.Core.Trading;

/// <summary>
/// Asked once before every cycle: returns when the cycle may start (at once when nothing limits it). The Paradex Retail
/// order budget is one; the default is always open.
/// </summary>
public interface ICycleGate
{
    static ICycleGate AlwaysOpen { get; } = new OpenGate();

    /// <param name="whileWaiting">
    /// Run every <paramref name="every"/> while the gate holds the cycle: a wait may last hours, and the bot's periodic
    /// reconcile and status line go on meanwhile. False ends the wait (the bot has stopped).
    /// </param>
    Task WaitUntilOpenAsync(Func<Task<bool>> whileWaiting, TimeSpan every, CancellationToken stopToken);

    private sealed class OpenGate : ICycleGate
    {
        public Task WaitUntilOpenAsync(Func<Task<bool>> whileWaiting, TimeSpan every, CancellationToken stopToken) => Task.CompletedTask;
    }
}
