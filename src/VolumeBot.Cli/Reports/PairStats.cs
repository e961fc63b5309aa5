using VolumeBot.Core.Accounting;
namespace VolumeBot.Cli.Reports;

/// <summary>Quote volume and what it cost over one stretch of time.</summary>
public sealed record VolumeCost(decimal QuoteVolume, decimal TotalCost)
{
    public static VolumeCost Zero { get; } = new(0, 0);

    public decimal CostBps => BasisPoints.Of(TotalCost, QuoteVolume);
}

/// <summary>
/// One book's figures (a venue, a ticker, an account). Fees are net of rebates; total cost = fees + slippage, where
/// slippage is only known for fills that carry a reference mid (null when none does, e.g. Python files).
/// </summary>
public sealed record PairStats(
    PairAccount Pair,
    int Fills,
    decimal BaseVolume,
    decimal QuoteVolume,
    int MakerFills,
    int TakerFills,
    decimal MakerQuoteVolume,
    decimal TakerQuoteVolume,
    decimal MakerFees,
    decimal TakerFees,
    decimal UnattributedFees,
    int FillsWithoutFee,
    decimal? Slippage,
    decimal TotalCost,
    IocCloseCount IocCloses,
    VolumeCost Today,
    VolumeCost CurrentHour,
    VolumeCost LastHour,
    VolumeCost AveragePerDay,
    VolumeCost AveragePerHour,
    DateTimeOffset FirstFill,
    DateTimeOffset LastFill)
{
    /// <summary>Fee-free (Paradex Retail) fills apart from fee-paying (Pro) ones.</summary>
    public FeeClassSplit FeeClasses { get; init; } = FeeClassSplit.None;

    public decimal Fees => MakerFees + TakerFees + UnattributedFees;

    public decimal CostBps => BasisPoints.Of(TotalCost, QuoteVolume);

    /// <summary>Share of the quote volume whose liquidity role is known that was made (resting) rather than taken.</summary>
    public decimal? MakerShare => MakerQuoteVolume + TakerQuoteVolume == 0 ? null : MakerQuoteVolume / (MakerQuoteVolume + TakerQuoteVolume);

    public decimal? TakerShare => MakerShare is { } maker ? 1 - maker : null;
}
