namespace VolumeBot.Core.Trading;

/// <summary>Exponential back-off on the bot's clock.</summary>
public sealed class Backoff
{
    private readonly BotTimings _timings;
    private readonly TimeProvider _time;

    public Backoff(BotTimings timings, TimeProvider time)
    {
        _timings = timings;
        _time = time;
    }

    public TimeSpan DelayFor(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt, 10));
        var delay = TimeSpan.FromTicks((long)(_timings.InitialBackoff.Ticks * factor));
        return delay < _timings.MaxBackoff ? delay : _timings.MaxBackoff;
    }

    public Task WaitAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(DelayFor(attempt), _time, cancellationToken);
}
