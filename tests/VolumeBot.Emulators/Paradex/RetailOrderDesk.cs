namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// Paradex's Retail classification ("Retail and Pro Orders"): orders and cancels sent with an interactive token are
/// Retail, speed-bumped and counted against the Retail limits in rolling windows. An account that goes past any limit
/// switches to Pro behaviour for good (Pro fees), without an error, as the venue does.
/// </summary>
public sealed class RetailOrderDesk
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _actions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _demoted = new(StringComparer.Ordinal);
    private readonly Dictionary<TimeSpan, int> _most = [];

    public RetailOrderDesk(IReadOnlyList<(TimeSpan Window, int Limit)> limits)
    {
        Limits = limits;
    }

    /// <summary>3 a second, 30 a minute, 300 an hour, 1,000 in 24 hours.</summary>
    public static IReadOnlyList<(TimeSpan Window, int Limit)> ParadexLimits { get; } =
    [
        (TimeSpan.FromSeconds(1), 3), (TimeSpan.FromMinutes(1), 30), (TimeSpan.FromHours(1), 300), (TimeSpan.FromDays(1), 1_000),
    ];

    public IReadOnlyList<(TimeSpan Window, int Limit)> Limits { get; }

    /// <summary>Whether the account went past a Retail limit (and trades as Pro since).</summary>
    public bool IsDemoted(string account)
    {
        lock (_gate)
        {
            return _demoted.Contains(account);
        }
    }

    /// <summary>The most Retail actions any account had in one window of this length.</summary>
    public int MostIn(TimeSpan window)
    {
        lock (_gate)
        {
            return _most.GetValueOrDefault(window);
        }
    }

    /// <summary>Counts an interactive order or cancel; true when it is Retail (the account still within every limit).</summary>
    public bool Count(string account, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_actions.TryGetValue(account, out var sent))
            {
                _actions[account] = sent = [];
            }

            sent.Add(now);
            sent.RemoveAll(t => t <= now - Limits.Max(l => l.Window));
            foreach (var (window, limit) in Limits)
            {
                var inWindow = sent.Count(t => t > now - window);
                _most[window] = Math.Max(_most.GetValueOrDefault(window), inWindow);
                if (inWindow > limit)
                {
                    _demoted.Add(account);
                }
            }

            return !_demoted.Contains(account);
        }
    }
}
