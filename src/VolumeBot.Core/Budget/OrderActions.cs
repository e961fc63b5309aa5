namespace VolumeBot.Core.Budget;

/// <summary>
/// When each order action (a submission or a cancel) was sent, oldest first, for the last day: how many fall in a
/// rolling window, and when <c>n</c> more will fit in every window.
/// </summary>
public sealed class OrderActions
{
    private readonly List<DateTimeOffset> _sent = [];

    public OrderActions(IEnumerable<DateTimeOffset>? sent = null)
    {
        _sent.AddRange((sent ?? []).Order());
    }

    public IReadOnlyList<DateTimeOffset> Sent => _sent;

    public void Add(DateTimeOffset at)
    {
        var index = _sent.Count;
        while (index > 0 && _sent[index - 1] > at)
        {
            index--;
        }

        _sent.Insert(index, at);
    }

    /// <summary>
    /// Takes in what another run of the same account counted (read from the shared file): each moment as many times as
    /// the more of the two lists has it, so this run's own actions are never counted twice.
    /// </summary>
    public void Merge(IEnumerable<DateTimeOffset> other)
    {
        foreach (var group in other.GroupBy(t => t))
        {
            for (var missing = group.Count() - _sent.Count(t => t == group.Key); missing > 0; missing--)
            {
                Add(group.Key);
            }
        }
    }

    /// <summary>Forgets what no window of <paramref name="longest"/> can see any more.</summary>
    public void Forget(DateTimeOffset now, TimeSpan longest) => _sent.RemoveAll(t => t <= now - longest);

    /// <summary>Actions in (now − length, now].</summary>
    public int CountIn(TimeSpan length, DateTimeOffset now) => _sent.Count(t => t > now - length && t <= now);

    /// <summary>
    /// The first moment at or after <paramref name="now"/> when <paramref name="count"/> more actions fit every window;
    /// null when they never can (more than a window's limit).
    /// </summary>
    public DateTimeOffset? EarliestFit(int count, IEnumerable<BudgetWindow> windows, DateTimeOffset now)
    {
        var at = now;
        foreach (var window in windows)
        {
            if (count > window.Limit)
            {
                return null;
            }

            var inWindow = _sent.Where(t => t > now - window.Length).ToList();
            var excess = inWindow.Count + count - window.Limit;
            if (excess > 0)
            {
                // the excess-th oldest action in the window has to leave it first
                var leaves = inWindow[excess - 1] + window.Length;
                at = leaves > at ? leaves : at;
            }
        }

        return at;
    }
}
