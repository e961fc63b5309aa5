using System.Globalization;
using VolumeBot.Core.Budget;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Configuration;

/// <summary>
/// --order-class and its budget flags. Pro: the standard token, Pro fees, no budget. Retail (Paradex only): the
/// interactive token, no fees, and an order budget inside the Retail limits with a bound on re-prices per cycle.
/// </summary>
public sealed record OrderClassOptions(bool Retail, decimal Margin = OrderClassOptions.DefaultMargin, int? OrdersPerDay = null, int MaxReprices = OrderClassOptions.DefaultMaxReprices)
{
    public const decimal DefaultMargin = 0.05m;

    public const int DefaultMaxReprices = 2;

    public static OrderClassOptions Pro { get; } = new(false);

    public string Name => Retail ? "retail" : "pro";

    /// <summary>
    /// The loop's pacing. In Retail every re-price is an order against the budget, so their number is bounded, and a
    /// day's volume is bounded by orders, not by time: the open is compared with the touch only every chase interval,
    /// because a quick re-price (a cancel and a new order) spends budget to save seconds that buy nothing.
    /// </summary>
    public BotTimings Timings(BotTimings? baseline = null)
    {
        var timings = baseline ?? new BotTimings();
        return Retail
            ? timings with { PostOnlyAttempts = Math.Min(timings.PostOnlyAttempts, 1 + MaxReprices), TouchCheckInterval = timings.ChaseInterval }
            : timings;
    }

    public int CycleWorstCase(BotSettings settings) => CycleOrderBound.WorstCase(settings, Timings());

    /// <summary>The budget a Retail run keeps, with the file of the account when there is one; null for Pro.</summary>
    public OrderBudget? OpenBudget(BotSettings settings, OrderBudgetFile? file, TimeProvider time) =>
        Retail ? OrderBudget.Open(OrderLimits.ParadexRetail, Margin, OrdersPerDay, CycleWorstCase(settings), file, time) : null;

    /// <summary>The start-up line: which class, which fees, which budget.</summary>
    public string Describe(OrderBudget? budget) => budget is null
        ? "Order class: Pro (standard API token): Pro fees, no speed bump, no order budget"
        : string.Format(CultureInfo.InvariantCulture, "{0}{1}{2}",
            $"Order class: Retail (interactive token): 0 % maker and taker fees, 300 ms speed bump on submit and cancel; order budget {budget.Planned.Describe()}; ",
            $"a cycle may take up to {budget.CycleWorstCase} orders (--max-reprices {MaxReprices}); ",
            (budget.FilePath is { } path ? $"{budget.LoadedActions} orders of the last 24 h counted from {path}" : "counted in memory for this run"));
}
