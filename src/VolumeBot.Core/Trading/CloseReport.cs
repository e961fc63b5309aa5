namespace VolumeBot.Core.Trading;

/// <summary>
/// What an immediate close achieved. Label is the close_method traders grep for. Dust is a remainder below the
/// market's minimum size, which no order can close on its own: it is carried into the next close.
/// </summary>
public sealed record CloseReport(string Label, decimal Requested, decimal Filled, decimal? AveragePrice, decimal? EstimatedSavings, string? FailureReason, decimal Dust = 0m)
{
    public decimal Remaining => Math.Max(0, Requested - Filled);

    public bool IsComplete => Remaining <= Dust;
}
