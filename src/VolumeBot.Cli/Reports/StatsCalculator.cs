using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// A book's figures as the run's ledger computes them (volume = Σ qty × price, fees by role, slippage against the
/// reference mid), plus stats_service's time buckets relative to now: today is the calendar date in the report's zone,
/// the current hour the last 60 minutes, the last hour the 60 minutes before; per day divides by the calendar days
/// spanned (inclusive), per hour by the whole hours between first and last fill (at least one of each).
/// </summary>
public static class StatsCalculator
{
    public static PairStats For(PairAccount pair, IReadOnlyList<TradeFill> fills, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (fills.Count == 0)
        {
            throw new ArgumentException("a book has at least one fill", nameof(fills));
        }

        var maker = fills.Where(f => f.Role == LiquidityRole.Maker).ToList();
        var taker = fills.Where(f => f.Role == LiquidityRole.Taker).ToList();
        var withMid = fills.Where(f => f.Slippage is not null).ToList();
        decimal? slippage = withMid.Count == 0 ? null : withMid.Sum(f => f.Slippage!.Value);
        var fees = fills.Sum(f => f.Fee ?? 0);
        var first = fills.Min(f => f.Time);
        var last = fills.Max(f => f.Time);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;

        var total = Sum(fills);
        var days = Math.Max(1, (TimeZoneInfo.ConvertTime(last, zone).Date - TimeZoneInfo.ConvertTime(first, zone).Date).Days + 1);
        var hours = Math.Max(1, (int)Math.Ceiling((last - first).TotalHours));
        return new PairStats(
            pair,
            fills.Count,
            fills.Sum(f => f.Quantity),
            total.QuoteVolume,
            maker.Count,
            taker.Count,
            maker.Sum(f => f.Notional),
            taker.Sum(f => f.Notional),
            maker.Sum(f => f.Fee ?? 0),
            taker.Sum(f => f.Fee ?? 0),
            fills.Where(f => f.Role is null).Sum(f => f.Fee ?? 0),
            fills.Count(f => f.Fee is null),
            slippage,
            fees + (slippage ?? 0),
            IocCloseCount.From(fills),
            Sum(fills.Where(f => TimeZoneInfo.ConvertTime(f.Time, zone).Date == today)),
            Sum(fills.Where(f => Age(f, now) is >= 0 and <= 3600)),
            Sum(fills.Where(f => Age(f, now) is > 3600 and <= 7200)),
            new VolumeCost(total.QuoteVolume / days, total.TotalCost / days),
            new VolumeCost(total.QuoteVolume / hours, total.TotalCost / hours),
            first,
            last);
    }

    public static VolumeCost Sum(IEnumerable<TradeFill> fills)
    {
        decimal volume = 0, cost = 0;
        foreach (var fill in fills)
        {
            volume += fill.Notional;
            cost += (fill.Fee ?? 0) + (fill.Slippage ?? 0);
        }

        return new VolumeCost(volume, cost);
    }

    private static double Age(TradeFill fill, DateTimeOffset now) => (now - fill.Time).TotalSeconds;
}
