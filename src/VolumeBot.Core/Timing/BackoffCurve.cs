namespace VolumeBot.Core.Timing;

/// <summary>
/// The one back-off of the code base: the delay doubles from <see cref="Base"/> up to <see cref="Max"/>; with jitter
/// each delay is drawn from [½, 1] of that value, so many clients that failed together do not come back together.
/// The trading loop, the REST read retries and the socket reconnects all ask it.
/// </summary>
public sealed record BackoffCurve(TimeSpan Base, TimeSpan Max, bool Jitter = false)
{
    public TimeSpan DelayFor(int attempt, Random? random = null)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt, 0, 16));
        var ticks = Math.Min(Base.Ticks * factor, Max.Ticks);
        if (Jitter)
        {
            ticks *= 0.5 + ((random ?? Random.Shared).NextDouble() / 2);
        }

        return TimeSpan.FromTicks((long)ticks);
    }
}
