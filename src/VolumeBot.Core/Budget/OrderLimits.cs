namespace VolumeBot.Core.Budget;

/// <summary>
/// A venue's order limits and the share of them the bot plans with: each window's limit less the margin, and with
/// --orders-per-day N the day's N spread evenly: the day holds N, and the hour and the minute their share of N plus
/// one cycle's worst case, so a cycle starts while the window's share is not yet used.
/// </summary>
public sealed record OrderLimits(string Name, IReadOnlyList<BudgetWindow> Windows)
{
    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Paradex Retail orders (docs "Retail and Pro Orders"): 3 a second, 30 a minute, 300 an hour, 1,000 in 24 h.</summary>
    public static OrderLimits ParadexRetail { get; } = new("Paradex Retail", [
        new(TimeSpan.FromSeconds(1), 3),
        new(TimeSpan.FromMinutes(1), 30),
        new(TimeSpan.FromHours(1), 300),
        new(Day, 1_000),
    ]);

    public TimeSpan Longest => Windows.Max(w => w.Length);

    /// <summary>The windows the bot plans with: margin off each limit, the --orders-per-day share where it is smaller.</summary>
    public OrderLimits Planned(decimal margin, int? ordersPerDay, int cycleWorstCase) => this with
    {
        Name = $"{Name} less {margin * 100m:0.##} %{(ordersPerDay is { } n ? $", {n} orders a day spread evenly" : "")}",
        Windows = Windows.Select(w =>
        {
            var limit = Math.Max(1, (int)Math.Floor(w.Limit * (1m - margin)));
            if (ordersPerDay is { } perDay && w.Length >= TimeSpan.FromMinutes(1))
            {
                var share = (int)Math.Ceiling(perDay * (decimal)w.Length.Ticks / Day.Ticks);
                limit = Math.Min(limit, w.Length >= Day ? share : share + cycleWorstCase);
            }

            return w with { Limit = limit };
        }).ToList(),
    };

    public string Describe() => $"{Name}: {string.Join(", ", Windows.Select(w => $"{w.Limit} per {w.Name}"))}";
}
