using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace VolumeBot.Cli.Reports.Plot;

/// <summary>A point of a book's curve: the running volume and cost at a moment.</summary>
public sealed record CurvePoint(DateTimeOffset Time, double Volume, double Cost);

/// <summary>
/// One book's volume and cost per moment, collected as fills are read (in any order) and turned into the chart's
/// running totals at the end. A moment is one fill time until a book has more than <see cref="MaxMoments"/> of them;
/// then neighbouring moments merge into time buckets twice as wide (as often as needed), each drawn at its first fill,
/// so memory stays the same for a million fills while the chart, narrower than that in pixels, looks the same.
/// </summary>
public sealed class ChartCurve(PairAccount pair)
{
    /// <summary>About four moments per pixel of the chart's time axis, when the fills spread over it.</summary>
    public const int MaxMoments = 4096;

    private Dictionary<long, Moment> _moments = [];
    private int _bucketBits; // a moment holds the fills whose UTC ticks agree above these bits

    public PairAccount Pair => pair;

    public int Fills { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in FillFigures fill)
    {
        Fills++;
        var notional = fill.Notional;
        var cost = (fill.Fee ?? 0) + (fill.Slippage ?? 0);
        var ticks = fill.Time.UtcTicks;
        ref var moment = ref CollectionsMarshal.GetValueRefOrAddDefault(_moments, ticks >> _bucketBits, out var seen);
        var fillMoment = new Moment(ticks, notional, cost);
        moment = seen ? moment.Merge(fillMoment) : fillMoment;
        while (_moments.Count > MaxMoments)
        {
            Widen();
        }
    }

    /// <summary>Running totals as steps: flat between moments, one jump per moment, from zero at the first fill.</summary>
    public IReadOnlyList<CurvePoint> Points()
    {
        var moments = _moments.Values.OrderBy(m => m.FirstTicks);
        var points = new List<CurvePoint>(_moments.Count * 2);
        decimal volume = 0, cost = 0;
        foreach (var moment in moments)
        {
            var time = new DateTimeOffset(moment.FirstTicks, TimeSpan.Zero);
            points.Add(new CurvePoint(time, (double)volume, (double)cost));
            volume += moment.Volume;
            cost += moment.Cost;
            points.Add(new CurvePoint(time, (double)volume, (double)cost));
        }

        return points;
    }

    private void Widen()
    {
        _bucketBits++;
        var wider = new Dictionary<long, Moment>(_moments.Count);
        foreach (var (key, moment) in _moments)
        {
            ref var merged = ref CollectionsMarshal.GetValueRefOrAddDefault(wider, key >> 1, out var seen);
            merged = seen ? merged.Merge(moment) : moment;
        }

        _moments = wider;
    }

    private readonly record struct Moment(long FirstTicks, decimal Volume, decimal Cost)
    {
        public Moment Merge(Moment other) => new(Math.Min(FirstTicks, other.FirstTicks), Volume + other.Volume, Cost + other.Cost);
    }
}
