namespace VolumeBot.Cli.Reports.Plot;

/// <summary>A point of a book's curve: the running volume and cost at a moment.</summary>
public sealed record CurvePoint(DateTimeOffset Time, double Volume, double Cost);

/// <summary>
/// One book's volume and cost per moment, collected as fills are read (in any order) and turned into the chart's
/// running totals at the end: one entry per distinct fill time, not a whole fill.
/// </summary>
public sealed class ChartCurve(PairAccount pair)
{
    private readonly List<Moment> _moments = [];

    public PairAccount Pair => pair;

    public int Fills { get; private set; }

    public void Add(TradeFill fill)
    {
        Fills++;
        var cost = (fill.Fee ?? 0) + (fill.Slippage ?? 0);
        var ticks = fill.Time.UtcTicks;
        if (_moments.Count > 0 && _moments[^1].UtcTicks == ticks)
        {
            var last = _moments[^1];
            _moments[^1] = last with { Volume = last.Volume + fill.Notional, Cost = last.Cost + cost };
            return;
        }

        _moments.Add(new Moment(ticks, fill.Notional, cost));
    }

    /// <summary>Running totals as steps: flat between fills, one jump per timestamp, from zero at the first fill.</summary>
    public IReadOnlyList<CurvePoint> Points()
    {
        _moments.Sort((a, b) => a.UtcTicks.CompareTo(b.UtcTicks));
        var points = new List<CurvePoint>();
        decimal volume = 0, cost = 0;
        for (var i = 0; i < _moments.Count;)
        {
            var time = new DateTimeOffset(_moments[i].UtcTicks, TimeSpan.Zero);
            points.Add(new CurvePoint(time, (double)volume, (double)cost));
            for (var ticks = _moments[i].UtcTicks; i < _moments.Count && _moments[i].UtcTicks == ticks; i++)
            {
                volume += _moments[i].Volume;
                cost += _moments[i].Cost;
            }

            points.Add(new CurvePoint(time, (double)volume, (double)cost));
        }

        return points;
    }

    private readonly record struct Moment(long UtcTicks, decimal Volume, decimal Cost);
}
