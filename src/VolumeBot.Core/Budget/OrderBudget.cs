namespace VolumeBot.Core.Budget;

/// <summary>
/// The rolling count of one account's order actions (submissions and cancels: the venue's docs do not exempt cancels)
/// against its limits. Cycles start only when their worst case fits the planned windows (limits less the margin);
/// each action is counted, and saved, before it is sent, and one that would break the venue's own limits is never
/// sent. The 1 s window is kept by pacing: an action waits for it, at most a second. Runs of the same account (on
/// other tickers) share the file and merge what each counted before every action.
/// </summary>
public sealed class OrderBudget : IDisposable
{
    /// <summary>The longest an action waits for room at submission; beyond it the action is refused, not sent.</summary>
    public static readonly TimeSpan MaxPacing = TimeSpan.FromSeconds(1);

    private readonly OrderActions _actions;
    private readonly OrderBudgetFile? _file;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private OrderBudget(OrderLimits venue, OrderLimits planned, int cycleWorstCase, OrderBudgetFile? file, TimeProvider time)
    {
        Venue = venue;
        Planned = planned;
        CycleWorstCase = cycleWorstCase;
        _file = file;
        _time = time;
        _actions = new OrderActions(file?.Load());
        _actions.Forget(time.GetUtcNow(), venue.Longest);
        LoadedActions = _actions.Sent.Count;
    }

    /// <summary>The venue's own limits: never broken.</summary>
    public OrderLimits Venue { get; }

    /// <summary>What cycles are planned against: the limits less the margin, the --orders-per-day share.</summary>
    public OrderLimits Planned { get; }

    public int CycleWorstCase { get; }

    /// <summary>Actions of the last day found in the budget file at start.</summary>
    public int LoadedActions { get; }

    public string? FilePath => _file?.Path;

    /// <summary>
    /// Opens the budget (reading the file when there is one), or says why it cannot work: a cycle's worst case larger
    /// than a planned window of a minute or more would never start.
    /// </summary>
    public static OrderBudget Open(OrderLimits venue, decimal margin, int? ordersPerDay, int cycleWorstCase, OrderBudgetFile? file, TimeProvider time)
    {
        var planned = venue.Planned(margin, ordersPerDay, cycleWorstCase);
        if (planned.Windows.FirstOrDefault(w => w.Length >= TimeSpan.FromMinutes(1) && w.Limit < cycleWorstCase) is { } tooSmall)
        {
            throw new ArgumentException(
                $"one cycle can take up to {cycleWorstCase} orders, more than the {tooSmall.Limit} the budget allows per {tooSmall.Name} ({planned.Describe()}): "
                + "raise --orders-per-day or lower --budget-margin or --max-reprices");
        }

        return new OrderBudget(venue, planned, cycleWorstCase, file, time);
    }

    /// <summary>When a cycle's worst case fits every planned window of a minute or more (now, when it does).</summary>
    public DateTimeOffset CycleFitsAt()
    {
        var now = _time.GetUtcNow();
        _gate.Wait();
        try
        {
            if (_file is not null)
            {
                using var held = _file.Lock();
                _actions.Merge(_file.Load());
            }

            return _actions.EarliestFit(CycleWorstCase, Planned.Windows.Where(w => w.Length >= TimeSpan.FromMinutes(1)), now) ?? DateTimeOffset.MaxValue;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Counts one action about to be sent, waiting up to <see cref="MaxPacing"/> for room; false (nothing counted) when
    /// sending it now would break a limit.
    /// </summary>
    public async Task<bool> TryCountAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var at = _actions.EarliestFit(1, SubmissionWindows(), now);
            if (at is not { } fits || fits - now > MaxPacing)
            {
                return false;
            }

            if (fits > now)
            {
                await Task.Delay(fits - now, _time, cancellationToken);
                now = _time.GetUtcNow();
            }

            _actions.Forget(now, Venue.Longest);

            if (_file is null)
            {
                _actions.Add(now);
                return true;
            }

            // another run of the same account (another ticker) may have counted meanwhile: merge, check again, save
            using (_file.Lock())
            {
                _actions.Merge(_file.Load());
                _actions.Forget(now, Venue.Longest);
                if (_actions.EarliestFit(1, SubmissionWindows(), now) is not { } stillFits || stillFits > now)
                {
                    return false;
                }

                _actions.Add(now);
                _file.Save(_actions.Sent);
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What each planned window holds now, e.g. "1/2 per 1 s, 12/28 per 60 s, …".</summary>
    public string Usage()
    {
        var now = _time.GetUtcNow();
        _gate.Wait();
        try
        {
            return string.Join(", ", Planned.Windows.Select(w => $"{_actions.CountIn(w.Length, now)}/{w.Limit} per {w.Name}"));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Orders (submissions and cancels) the planned day still allows; what operators watch.</summary>
    public int LeftToday()
    {
        var now = _time.GetUtcNow();
        var day = Planned.Windows.MaxBy(w => w.Length)!;
        _gate.Wait();
        try
        {
            return Math.Max(0, day.Limit - _actions.CountIn(day.Length, now));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The venue's limits, with the 1 s window paced at its planned (margined) size.</summary>
    private IEnumerable<BudgetWindow> SubmissionWindows() =>
        Venue.Windows.Select(w => w.Length < TimeSpan.FromMinutes(1) ? Planned.Windows.First(p => p.Length == w.Length) : w);
}
