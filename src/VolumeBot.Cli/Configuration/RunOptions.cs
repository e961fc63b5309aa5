using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Configuration;

/// <summary>Everything a run needs beyond the bot's own settings.</summary>
public sealed record RunOptions(
    BotSettings Settings,
    bool Paper,
    int Seed,
    string LogDirectory,
    FeeSchedule PaperFees,
    string? AccountName,
    TimeZoneInfo TimeZone,
    bool NoLive = false,
    bool LiveData = false,
    string? RecordFile = null)
{
    /// <summary>Where `--metrics-port` serves Prometheus metrics; null when off.</summary>
    public Metrics.MetricsEndpoint? Metrics { get; init; }

    /// <summary>The hedge venue's paper and simulate fees (--hedge-fee-profile and its rate flags); null when not hedging.</summary>
    public FeeSchedule? HedgePaperFees { get; init; }

    /// <summary>--order-class and its budget (Pro unless asked).</summary>
    public OrderClassOptions OrderClass { get; init; } = OrderClassOptions.Pro;
}
