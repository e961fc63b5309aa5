using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Reports;

public enum PlannedClose
{
    Market,
    Ioc,
    TakeProfit,
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
    string? SlippageSource = null)
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
    decimal Slippage)
{
    public decimal Fees => MakerFees + TakerFees;

    public decimal TotalCost => Fees + Slippage;

    public decimal CostBps => PlannedVolume == 0 ? 0 : TotalCost / PlannedVolume * 10_000m;
}

/// <summary>
/// Plans a boost run before it starts: rounds = target / (2 × quantity × price), rounded up; duration = rounds × (wait
/// + the time a round takes to fill its open and close); the open pays maker, a market or IOC close taker (an IOC never
/// rests), a take-profit close maker.
/// </summary>
public static class RunPlanner
{
    /// <summary>Seconds a round spends filling its open and close beyond --wait-time, unless told (--fill-time).</summary>
    public const decimal AssumedFillSeconds = 0.1m;

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
        var closeBps = request.Close == PlannedClose.TakeProfit ? makerBps : takerBps;
        var (slippageBps, slippageSource) = request.SlippageBps is { } given ? (given, request.SlippageSource ?? "--slippage-bps") : DefaultSlippage(request.Close);
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
            legVolume * makerBps / 10_000m + (request.Close == PlannedClose.TakeProfit ? legVolume * closeBps / 10_000m : 0),
            request.Close == PlannedClose.TakeProfit ? 0 : legVolume * closeBps / 10_000m,
            slippageBps,
            slippageSource,
            2 * legVolume * slippageBps / 10_000m);
    }

    /// <summary>Under an order budget a run takes at least its rounds at the rounds a day the budget allows.</summary>
    private static decimal BudgetedDuration(RunPlanRequest request, int rounds, decimal unbounded) =>
        request.Retail is { RoundsPerDay: > 0 } retail ? Math.Max(unbounded, rounds / retail.RoundsPerDay * 86_400m) : unbounded;

    /// <summary>
    /// Slippage when no simulation measured it (a ticker without a simulated market, or a take-profit close): an assumed
    /// 0.2 bps of volume for a taker close (about what a small market order pays for walking into a thin touch), half
    /// that for an IOC, none for a resting take-profit. The output says it is assumed.
    /// </summary>
    private static (decimal Bps, string Source) DefaultSlippage(PlannedClose close) => close switch
    {
        PlannedClose.Market => (0.2m, "assumed for a market close; no simulated market measured it"),
        PlannedClose.Ioc => (0.1m, "assumed for an IOC close; no simulated market measured it"),
        _ => (0m, "a resting take-profit close does not walk the book"),
    };

    /// <summary>The plan's fees: the named profile or the venue's default, with the bps flags overriding it.</summary>
    public static (FeeSchedule? Schedule, string? Error) Fees(RunPlanRequest request) =>
        FeeProfile.Resolve(request.Venue.ToLowerInvariant(), request.FeeProfileName, request.MakerFeeBps, request.TakerFeeBps);
}
