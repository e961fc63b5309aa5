using VolumeBot.Core.Timing;

namespace VolumeBot.Core.Trading;

/// <summary>Exponential back-off on the bot's clock.</summary>
public sealed class Backoff
{
    private readonly BackoffCurve _curve;
    private readonly TimeProvider _time;

    public Backoff(BotTimings timings, TimeProvider time)
    {
        _curve = new BackoffCurve(timings.InitialBackoff, timings.MaxBackoff);
        _time = time;
    }

    public TimeSpan DelayFor(int attempt) => _curve.DelayFor(attempt);

    public Task WaitAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(DelayFor(attempt), _time, cancellationToken);
}
