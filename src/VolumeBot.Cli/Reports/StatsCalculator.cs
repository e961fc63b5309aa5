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

        var tally = new BookTally(pair, now, zone);
        foreach (var fill in fills)
        {
            tally.Add(fill.Figures);
        }

        return tally.ToStats();
    }
}
