using System.Globalization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Accounting;

/// <summary>The end-of-run figures traders judge a run by.</summary>
public sealed record RunSummary(
    int Cycles,
    int OpenOrders,
    int Fills,
    decimal BaseVolume,
    decimal QuoteVolume,
    decimal MakerFees,
    decimal TakerFees,
    decimal Slippage,
    decimal TotalCost,
    decimal CostBps,
    int IocFull,
    int IocPartial,
    int IocFailed,
    int MarketFallbacks,
    decimal EstimatedSavings,
    int ReconcileCloses,
    int FailedCloses,
    TimeSpan RunTime,
    LeftOpen? LeftOpen = null)
{
    /// <summary>Quote volume per hour of run time (start to stop); `stats` divides by whole hours between fills instead.</summary>
    public decimal VolumePerHour => RunTime.TotalSeconds <= 0 ? 0 : QuoteVolume / (decimal)RunTime.TotalHours;

    /// <summary>Quote volume of the fills where the bot took liquidity.</summary>
    public decimal TakerVolume { get; init; }

    /// <summary>The share of the volume that was taken, 0 to 1.</summary>
    public decimal TakerShare => QuoteVolume == 0 ? 0 : TakerVolume / QuoteVolume;

    public static RunSummary From(CostLedger ledger, RunStatistics stats, TimeSpan runTime) => new(
        stats.Cycles,
        stats.OpenOrders,
        ledger.FillCount,
        ledger.BaseVolume,
        ledger.QuoteVolume,
        ledger.MakerFees,
        ledger.TakerFees,
        ledger.Slippage,
        ledger.TotalCost,
        ledger.CostBps,
        stats.IocFull,
        stats.IocPartial,
        stats.IocFailed,
        stats.MarketFallbacks,
        stats.EstimatedSavings,
        stats.ReconcileCloses,
        stats.FailedCloses,
        runTime)
    {
        TakerVolume = ledger.TakerVolume,
    };

    public IReadOnlyList<string> ToLines()
    {
        var c = CultureInfo.InvariantCulture;
        return
        [
            "=== Run summary ===",
            string.Format(c, "Cycles: {0} completed (open orders placed: {1})", Cycles, OpenOrders),
            string.Format(c, "Fills: {0}", Fills),
            string.Format(c, "Volume: {0} base, {1:0.00} USDT", BaseVolume, QuoteVolume),
            string.Format(c, "Fees: maker {0:0.0000} USDT, taker {1:0.0000} USDT, total {2:0.0000} USDT", MakerFees, TakerFees, MakerFees + TakerFees),
            string.Format(c, "Slippage vs reference mid: {0:0.0000} USDT", Slippage),
            string.Format(c, "Total cost: {0:0.0000} USDT ({1:0.00} bps of volume)", TotalCost, CostBps),
            string.Format(c, "IOC closes: full {0}, partial {1}, failed {2}, market fallbacks {3}, estimated savings {4:0.0000} USDT", IocFull, IocPartial, IocFailed, MarketFallbacks, EstimatedSavings),
            string.Format(c, "Reconcile closes: {0}, failed closes: {1}", ReconcileCloses, FailedCloses),
            string.Format(c, "Run time: {0:hh\\:mm\\:ss}, volume per hour of run time: {1:0.00} USDT", RunTime, VolumePerHour),
            .. LeftOpenLines(c),
            "===================",
        ];
    }

    private IEnumerable<string> LeftOpenLines(CultureInfo c)
    {
        if (LeftOpen is not { } left)
        {
            yield break;
        }

        yield return left.Position is { } position
            ? string.Format(c, "Open position at stop: {0} base", position)
            : "Open position at stop: unknown (the venue did not answer; check it there)";
        if (left.TakeProfits.Count == 0)
        {
            yield break;
        }

        yield return string.Format(c, "Resting take-profits: {0} (to close {1} base)", left.TakeProfits.Count, left.TakeProfits.Sum(o => o.Remaining));
        foreach (var order in left.TakeProfits)
        {
            var origin = order.Cycle is { } cycle ? string.Format(c, "cycle {0}", cycle) : "not from this run";
            yield return string.Format(c, "  {0} {1} @ {2} ({3}, {4})", order.Side.ToLowerName(), order.Remaining, order.Price, origin, order.ClientOrderId);
        }
    }
}
