using VolumeBot.Core.Accounting;

namespace VolumeBot.Core.Trading;

/// <summary>A moment of the run, for a live display.</summary>
public sealed record BotStatus(RunSummary Summary, decimal Position, string? LastClose, decimal? TargetVolume, StopReason? Stopping)
{
    /// <summary>The bot's orders resting on the runner's venue (placed, not yet filled, cancelled or rejected).</summary>
    public int RestingOrders { get; init; }

    /// <summary>The hedge venue of a hedged run (--hedge-exchange); null otherwise.</summary>
    public VenueStatus? Hedge { get; init; }

    /// <summary>The sum of both venues' positions in a hedged run: what the trader is exposed to; null when not hedging.</summary>
    public decimal? NetExposure => Hedge is { } hedge ? Position + hedge.Position : null;

    public decimal? IocSuccessRate
    {
        get
        {
            var attempts = Summary.IocFull + Summary.IocPartial + Summary.IocFailed;
            return attempts == 0 ? null : (decimal)(Summary.IocFull + Summary.IocPartial) / attempts;
        }
    }

    /// <summary>The volume --target-volume counts: the runner venue's, plus the hedge venue's in a hedged run.</summary>
    public decimal FarmedVolume => Summary.QuoteVolume + (Hedge?.Summary.QuoteVolume ?? 0m);

    /// <summary>Time left to --target-volume at the run's pace so far.</summary>
    public TimeSpan? TimeToTarget
    {
        get
        {
            if (TargetVolume is not { } target || FarmedVolume <= 0 || Summary.RunTime <= TimeSpan.Zero)
            {
                return null;
            }

            var remaining = Math.Max(0, target - FarmedVolume);
            var perSecond = FarmedVolume / (decimal)Summary.RunTime.TotalSeconds;
            return TimeSpan.FromSeconds((double)(remaining / perSecond));
        }
    }
}
