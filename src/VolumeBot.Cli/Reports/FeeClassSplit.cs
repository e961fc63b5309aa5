namespace VolumeBot.Cli.Reports;

/// <summary>
/// A book's fills by what they paid: fee-free fills (Paradex Retail orders pay 0 % maker and taker) against fills
/// that paid a fee or took a rebate (Pro orders; on Paradex a Retail account past its limits pays Pro fees, and shows
/// here). Fills whose fee is unknown are in neither.
/// </summary>
public sealed record FeeClassSplit(int FeeFreeFills, decimal FeeFreeVolume, int PaidFills, decimal PaidVolume, decimal PaidFees)
{
    public static FeeClassSplit None { get; } = new(0, 0, 0, 0, 0);

    public static FeeClassSplit From(IEnumerable<TradeFill> fills)
    {
        int free = 0, paid = 0;
        decimal freeVolume = 0, paidVolume = 0, paidFees = 0;
        foreach (var fill in fills)
        {
            if (fill.Fee is not { } fee)
            {
                continue;
            }

            if (fee == 0)
            {
                free++;
                freeVolume += fill.Notional;
            }
            else
            {
                paid++;
                paidVolume += fill.Notional;
                paidFees += fee;
            }
        }

        return new FeeClassSplit(free, freeVolume, paid, paidVolume, paidFees);
    }
}
