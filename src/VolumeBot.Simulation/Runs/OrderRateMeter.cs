namespace VolumeBot.Simulation.Runs;

/// <summary>
/// Order submissions by simulated time, and the most of them in any rolling window: the figures venue rate limits and
/// "orders per day" caps are written in.
/// </summary>
public sealed class OrderRateMeter
{
    private readonly List<DateTimeOffset> _submissions = [];

    public int Count => _submissions.Count;

    public void Record(DateTimeOffset at) => _submissions.Add(at);

    /// <summary>The largest number of submissions inside any window of this length (times are in order: the clock only moves forward).</summary>
    public int MaxIn(TimeSpan window)
    {
        var most = 0;
        var first = 0;
        for (var last = 0; last < _submissions.Count; last++)
        {
            while (_submissions[last] - _submissions[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
