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
        var tally = new Tally();
        foreach (var fill in fills)
        {
            tally.Add(fill.Fee, fill.Notional);
        }

        return tally.ToSplit();
    }

    /// <summary>The split kept as a running count, so `stats` can add fills while it reads.</summary>
    public struct Tally
    {
        private int _free, _paid;
        private DecimalSum _freeVolume, _paidVolume, _paidFees;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(decimal? fee, decimal notional)
        {
            if (fee is not { } paid)
            {
                return;
            }

            if (paid == 0)
            {
                _free++;
                _freeVolume.Add(notional);
            }
            else
            {
                _paid++;
                _paidVolume.Add(notional);
                _paidFees.Add(paid);
            }
        }

        public readonly FeeClassSplit ToSplit() => new(_free, _freeVolume.Value, _paid, _paidVolume.Value, _paidFees.Value);
    }
}
