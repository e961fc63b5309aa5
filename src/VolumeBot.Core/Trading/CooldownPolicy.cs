namespace VolumeBot.Core.Trading;

/// <summary>
/// Normal mode's pacing (spec 2.3): the more take-profit orders rest, the longer between opens; fewer than
/// expected means one filled (or the last open was cancelled unfilled), so the bot may open at once.
/// </summary>
public sealed class CooldownPolicy
{
    private readonly int _maxOrders;
    private readonly TimeSpan _waitTime;

    public CooldownPolicy(int maxOrders, TimeSpan waitTime)
    {
        _maxOrders = maxOrders;
        _waitTime = waitTime;
    }

    /// <summary>Take-profit orders the bot expects to rest; one more after every open cycle.</summary>
    public int ExpectedCloseOrders { get; private set; }

    public DateTimeOffset? LastOpenTime { get; private set; }

    public void OpenCycleFinished() => ExpectedCloseOrders++;

    public void MarkOpened(DateTimeOffset now) => LastOpenTime = now;

    public TimeSpan CooldownFor(int closeOrders)
    {
        // integer comparisons instead of the Python float ratios
        if (3 * closeOrders >= 2 * _maxOrders)
        {
            return _waitTime * 2;
        }

        if (3 * closeOrders >= _maxOrders)
        {
            return _waitTime;
        }

        return 6 * closeOrders >= _maxOrders ? _waitTime / 2 : _waitTime / 4;
    }

    /// <summary>When the cooldown for this many resting take-profits ends; null while --max-orders of them rest.</summary>
    public DateTimeOffset? OpensAt(int closeOrders, DateTimeOffset now) =>
        closeOrders >= _maxOrders ? null : (LastOpenTime ?? now) + CooldownFor(closeOrders);

    public bool MayOpen(int closeOrders, DateTimeOffset now)
    {
        if (closeOrders < ExpectedCloseOrders)
        {
            ExpectedCloseOrders = closeOrders;
            return true;
        }

        ExpectedCloseOrders = closeOrders;
        if (closeOrders >= _maxOrders)
        {
            return false;
        }

        if (LastOpenTime is null && closeOrders > 0)
        {
            LastOpenTime = now; // resting orders at start-up start the clock
        }

        return LastOpenTime is not { } last || now - last > CooldownFor(closeOrders);
    }
}
