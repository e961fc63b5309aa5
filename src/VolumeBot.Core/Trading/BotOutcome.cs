namespace VolumeBot.Core.Trading;

public enum StopReason
{
    StopRequested,
    MaxCycles,
    TargetVolume,
    MaxLoss,
    StopPrice,

    /// <summary>A guard stopped trading (position drift, a close that failed): the trader must look.</summary>
    Halted,
}

public sealed record BotOutcome(StopReason Reason, string Detail, Accounting.RunSummary Summary)
{
    public bool NeedsAttention => Reason == StopReason.Halted;
}
