using Microsoft.Extensions.Logging;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Simulation.Runs;

/// <summary>One simulated run: the bot's settings, the market it trades, the fees it pays and the seed of both.</summary>
public sealed record SimulationRequest
{
    /// <summary>The run's name in a comparison (the close method, say).</summary>
    public required string Label { get; init; }

    public required BotSettings Settings { get; init; }

    /// <summary>The simulated market; null when <see cref="Tape"/> replays a recorded one.</summary>
    public MarketModelOptions? Market { get; init; }

    /// <summary>A recorded live-data feed to replay instead of the simulated market; the run stops at its end.</summary>
    public MarketTape? Tape { get; init; }

    public required FeeSchedule Fees { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>The paper venue's delay on every call, as in a --paper run.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>Where fills go besides the ledger (the trades CSV with --log-dir); none by default.</summary>
    public ITradeJournal? Journal { get; init; }

    /// <summary>The activity log (with --log-dir); silent by default.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>The loop's pacing (a Retail run bounds its re-prices); the defaults when null.</summary>
    public BotTimings? Timings { get; init; }

    /// <summary>Hedged farming's second venue: its market (moving with the first) and fees; null for one venue.</summary>
    public HedgeSimulation? Hedge { get; init; }

    /// <summary>
    /// A Retail run's order budget on the simulation's clock: cycles wait for it, every submission and cancel counts
    /// (and is metered). Null: no budget, submissions metered only.
    /// </summary>
    public Func<TimeProvider, Core.Budget.OrderBudget>? OrderBudget { get; init; }
}

/// <summary>The second venue of a hedged simulation, with where its fills and log go (none by default).</summary>
public sealed record HedgeSimulation(string Venue, MarketModelOptions Market, FeeSchedule Fees)
{
    public ITradeJournal? Journal { get; init; }

    public ILogger? Logger { get; init; }
}

/// <summary>One venue's share of a hedged run: its volume, its own cost, and its cost with price moves in it.</summary>
public sealed record VenueFigures(string Venue, decimal QuoteVolume, decimal Fees, decimal TotalCost, decimal ProfitBeforeFees)
{
    public decimal CostBps => BasisPoints.Of(TotalCost, QuoteVolume);

    public decimal AllInCostBps => BasisPoints.Of(Fees - ProfitBeforeFees, QuoteVolume);
}

/// <summary>Simulated time during which a hedged run's two positions did not sum to zero: all of it, and the longest stretch.</summary>
public sealed record NetExposure(TimeSpan Total, TimeSpan Longest);

/// <summary>What a simulated run did: the bot's own summary plus what the venue saw of it.</summary>
public sealed record SimulationResult(
    string Label,
    string Fees,
    BotOutcome Outcome,
    TimeSpan SimulatedTime,
    int Orders,
    int MaxOrdersPer24h,
    int MaxOrdersPerHour,
    int MaxOrdersPerMinute,
    decimal MaxAbsPosition,
    decimal ProfitBeforeFees)
{
    public RunSummary Summary => Outcome.Summary;

    /// <summary>Of <see cref="Orders"/>, the submissions the venue refused outright (they still count against a rate limit).</summary>
    public int RefusedOrders { get; init; }

    /// <summary>A hedged run's venues, the runner's first; empty for one venue.</summary>
    public IReadOnlyList<VenueFigures> Venues { get; init; } = [];

    /// <summary>A hedged run: the largest absolute sum of the two positions, sampled whenever either changed.</summary>
    public decimal? MaxAbsNetPosition { get; init; }

    /// <summary>A hedged run: how long the two positions did not cancel out, in all and at the longest stretch.</summary>
    public NetExposure? NetExposure { get; init; }

    /// <summary>
    /// Fees minus what the trades made, per quote volume: the cost with every price move between fills in it, which the
    /// bot's own cost (fees + slippage against the mid at each decision) leaves out.
    /// </summary>
    /// <summary>
    /// Quote volume a day: for a run of a day or more, the volume per order times the orders of the busiest 24 h (what an
    /// order budget lets one account farm in a day, day after day); for a shorter run, its volume scaled to a day.
    /// </summary>
    public decimal VolumePerDay => SimulatedTime.TotalDays <= 0 || Orders == 0 ? 0
        : SimulatedTime.TotalDays < 1 ? Summary.QuoteVolume / (decimal)SimulatedTime.TotalDays
        : Summary.QuoteVolume / Orders * MaxOrdersPer24h;

    public decimal AllInCostBps => BasisPoints.Of(Summary.MakerFees + Summary.TakerFees - ProfitBeforeFees, Summary.QuoteVolume);
}
