namespace VolumeBot.Core.Trading;

/// <summary>What an immediate close achieved. Label is the close_method traders grep for.</summary>
public sealed record CloseReport(string Label, decimal Requested, decimal Filled, decimal? AveragePrice, decimal? EstimatedSavings, string? FailureReason)
{
    public decimal Remaining => Math.Max(0, Requested - Filled);

    public bool IsComplete => Remaining == 0;
}
