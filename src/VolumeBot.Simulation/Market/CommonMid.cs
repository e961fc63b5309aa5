namespace VolumeBot.Simulation.Market;

/// <summary>
/// The one price two paper venues of the same asset share (hedged farming): a seeded random walk of the asset's daily
/// volatility, read by step number, so each venue's market, stepping on its own timer, sees the same mid at step n.
/// Each venue adds its own basis to it (<see cref="VenueBasis"/>) and keeps its own spread and depth.
/// </summary>
public sealed class CommonMid
{
    private const int Kept = 100_000;
    private readonly Random _random;
    private readonly double _stepSigma;
    private readonly List<decimal> _path;
    private long _first;

    public CommonMid(decimal initialMid, double dailyVolatilityPercent, TimeSpan stepInterval, int seed)
    {
        _random = new Random(seed);
        _stepSigma = dailyVolatilityPercent / 100 * Math.Sqrt(stepInterval.TotalSeconds / 86_400);
        _path = [initialMid];
    }

    /// <summary>The mid after <paramref name="step"/> steps; steps long past (both venues are beyond them) are forgotten.</summary>
    public decimal At(long step)
    {
        while (_first + _path.Count <= step)
        {
            var last = _path[^1];
            _path.Add(Math.Max(last / 1000, last + last * (decimal)(_stepSigma * Normal.Draw(_random))));
        }

        if (_path.Count > 2 * Kept)
        {
            _path.RemoveRange(0, Kept);
            _first += Kept;
        }

        return _path[(int)Math.Max(0, step - _first)];
    }
}

/// <summary>
/// One venue's distance from the common mid, in bps: mean-reverting noise (an AR(1) with this stationary standard
/// deviation and half-life). Assumption, no published figure found for Paradex against GRVT: 2 bps and 30 s.
/// </summary>
public sealed record VenueBasis(double StdBps = 2, double HalfLifeSeconds = 30)
{
    /// <summary>The next basis after one step of <paramref name="step"/>.</summary>
    public double Next(double basisBps, TimeSpan step, Random random)
    {
        var keep = Math.Pow(0.5, step.TotalSeconds / HalfLifeSeconds);
        return basisBps * keep + StdBps * Math.Sqrt(1 - keep * keep) * Normal.Draw(random);
    }
}

internal static class Normal
{
    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Draw(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
