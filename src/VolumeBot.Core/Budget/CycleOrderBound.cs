using VolumeBot.Core.Trading;

namespace VolumeBot.Core.Budget;

/// <summary>
/// The most order actions one cycle can send: every open attempt (the first and each re-price), the cancels of the
/// one open that rests, and the close legs (boost: the IOC and every market attempt; normal: every take-profit attempt).
/// </summary>
public static class CycleOrderBound
{
    public static int WorstCase(BotSettings settings, BotTimings timings)
    {
        var open = timings.PostOnlyAttempts + OpenCycle.CancelAttempts;
        var close = settings.Boost
            ? (settings.UseIoc ? 1 : 0) + timings.CloseAttempts
            : timings.CloseAttempts + timings.PostOnlyAttempts;
        return open + close;
    }
}
