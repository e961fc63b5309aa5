using VolumeBot.Simulation.Matching;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Reports;

public enum PlannedClose
{
    Market,
    Ioc,
    TakeProfit,
    LayeredIoc,
    MakerFirst,
}

/// <summary>The --close names of a plan, and the bot's close tactic each one runs.</summary>
public static class PlannedCloses
{
    public const string Allowed = "market, ioc, layered-ioc, maker-first or take-profit";

    public static PlannedClose? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "market" => PlannedClose.Market,
        "ioc" => PlannedClose.Ioc,
        "layered-ioc" => PlannedClose.LayeredIoc,
        "maker-first" => PlannedClose.MakerFirst,
        "take-profit" or "take_profit" or "tp" => PlannedClose.TakeProfit,
        _ => null,
    };

    public static string Name(PlannedClose close) => close switch
    {
        PlannedClose.Ioc => "ioc",
        PlannedClose.LayeredIoc => "layered-ioc",
        PlannedClose.MakerFirst => "maker-first",
        PlannedClose.TakeProfit => "take-profit",
        _ => "market",
    };

    /// <summary>The boost close tactic (--close) a plan's close is; null for normal mode's take-profit.</summary>
    public static string? Tactic(PlannedClose close) => close == PlannedClose.TakeProfit ? null : Name(close);
}

/// <summary>What the trader plans: one boost round is a maker open and a close of the same size.</summary>
public sealed record RunPlanRequest(
    string Venue,
    decimal Price,
    string PriceSource,
    decimal Quantity,
    decimal TargetVolume,
    decimal WaitSeconds,
    PlannedClose Close,
    decimal? MakerFeeBps = null,
    decimal? TakerFeeBps = null,
    decimal? SlippageBps = null,
    decimal FillSeconds = RunPlanner.AssumedFillSeconds,
    string? FeeProfileName = null,
    string FillSource = "assumed",
    string? SlippageSource = null,
    decimal? MakerCloseShare = null,
    string? MakerCloseShareSource = null)
{
    /// <summary>With --order-class retail: what the order budget lets the account do in a day.</summary>
    public RetailBudgetFigures? Retail { get; init; }
}

public sealed record RunPlan(
    RunPlanRequest Request,
    decimal VolumePerRound,
    int Rounds,
    decimal PlannedVolume,
    decimal WaitingSeconds,
    decimal DurationSeconds,
    string FeeProfile,
    decimal MakerFeeBps,
    decimal TakerFeeBps,
    decimal MakerFees,
    decimal TakerFees,
    decimal SlippageBps,
    string SlippageSource,
    decimal Slippage,
    string CloseAssumption)
{
    public decimal Fees => MakerFees + TakerFees;

    public decimal TotalCost => Fees + Slippage;

    public decimal CostBps => BasisPoints.Of(TotalCost, PlannedVolume);
}

/// <summary>
/// Plans a boost run before it starts: rounds = target / (2 × quantity × price), rounded up; duration = rounds × (wait
/// + the time a round takes to fill its open and close); the open pays maker, a market, IOC or layered-IOC close taker
/// (an IOC never rests), a take-profit close maker, and a maker-first close maker on the share that fills at the touch
/// (measured by the simulation, --maker-fill-share, or assumed) and taker on the rest (IOC, then market).
/// </summary>
public static class RunPlanner
{
    /// <summary>Seconds a round spends filling its open and close beyond --wait-time, unless told (--fill-time).</summary>
    public const decimal AssumedFillSeconds = 0.1m;

    /// <summary>Share of a maker-first close assumed to fill as maker when no simulation measured it and none was given.</summary>
    public const decimal AssumedMakerCloseShare = 0.5m;

    public static RunPlan Plan(RunPlanRequest request)
    {
        var volumePerRound = 2 * request.Quantity * request.Price;
        var rounds = (int)Math.Ceiling(request.TargetVolume / volumePerRound);
        var legVolume = rounds * request.Quantity * request.Price;
        var (schedule, feeError) = Fees(request);
        if (schedule is null)
        {
            throw new ArgumentException(feeError, nameof(request));
        }

        var makerBps = schedule.MakerBps;
        var takerBps = schedule.TakerBps;
        var makerShare = MakerShareOfClose(request);
        var (slippageBps, slippageSource) = request.SlippageBps is { } given ? (given, request.SlippageSource ?? "--slippage-bps") : DefaultSlippage(request.Close, makerShare);
        return new RunPlan(
            request,
            volumePerRound,
            rounds,
            2 * legVolume,
            rounds * request.WaitSeconds,
            BudgetedDuration(request, rounds, rounds * (request.WaitSeconds + request.FillSeconds)),
            FormattableString.Invariant($"{schedule.Profile}: maker {makerBps:0.###} bps, taker {takerBps:0.###} bps"),
            makerBps,
            takerBps,
            legVolume * makerBps / 10_000m + legVolume * makerShare * makerBps / 10_000m,
            legVolume * (1 - makerShare) * takerBps / 10_000m,
            slippageBps,
            slippageSource,
            2 * legVolume * slippageBps / 10_000m,
            CloseAssumption(request, makerShare));
    }

    /// <summary>The share of the close volume that pays the maker fee: all of a take-profit, none of a taker close.</summary>
    private static decimal MakerShareOfClose(RunPlanRequest request) => request.Close switch
    {
        PlannedClose.TakeProfit => 1m,
        PlannedClose.MakerFirst => request.MakerCloseShare ?? AssumedMakerCloseShare,
        _ => 0m,
    };

    /// <summary>What the plan takes a close to do, said plainly in the output.</summary>
    private static string CloseAssumption(RunPlanRequest request, decimal makerShare) => request.Close switch
    {
        PlannedClose.MakerFirst => FormattableString.Invariant(
            $"maker-first: {makerShare * 100:0.#}% of the close volume fills as maker at the touch ({request.MakerCloseShareSource ?? "assumed; no simulated market measured it"}); the rest by IOC, then market, at the taker fee"),
        PlannedClose.LayeredIoc => $"layered-ioc: IOCs at the layers {string.Join(",", VolumeBot.Core.Trading.Closing.IocLayer.Default)} through the mid, then market; every close leg pays the taker fee",
        PlannedClose.Ioc => "ioc: an IOC through the mid, then market; the close pays the taker fee",
        PlannedClose.TakeProfit => "take-profit: a resting maker order that fills; the close pays the maker fee",
        _ => "market: the close pays the taker fee",
    };

    /// <summary>Under an order budget a run takes at least its rounds at the rounds a day the budget allows.</summary>
    private static decimal BudgetedDuration(RunPlanRequest request, int rounds, decimal unbounded) =>
        request.Retail is { RoundsPerDay: > 0 } retail ? Math.Max(unbounded, rounds / retail.RoundsPerDay * 86_400m) : unbounded;

    /// <summary>
    /// Slippage when no simulation measured it (a ticker without a simulated market, or a take-profit close): an assumed
    /// 0.2 bps of volume for a taker close (about what a small market order pays for walking into a thin touch), half
    /// that for an IOC or layered IOC, that on the taker share of a maker-first close, none for a resting take-profit.
    /// The output says it is assumed.
    /// </summary>
    private static (decimal Bps, string Source) DefaultSlippage(PlannedClose close, decimal makerShare) => close switch
    {
        PlannedClose.Market => (0.2m, "assumed for a market close; no simulated market measured it"),
        PlannedClose.Ioc or PlannedClose.LayeredIoc => (0.1m, "assumed for an IOC close; no simulated market measured it"),
        PlannedClose.MakerFirst => (0.1m * (1 - makerShare), "assumed for the IOC share of a maker-first close; no simulated market measured it"),
        _ => (0m, "a resting take-profit close does not walk the book"),
    };

    /// <summary>The plan's fees: the named profile or the venue's default, with the bps flags overriding it.</summary>
    public static (FeeSchedule? Schedule, string? Error) Fees(RunPlanRequest request) =>
        FeeProfile.Resolve(request.Venue.ToLowerInvariant(), request.FeeProfileName, request.MakerFeeBps, request.TakerFeeBps);
}
