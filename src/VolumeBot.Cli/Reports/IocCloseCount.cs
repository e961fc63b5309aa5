using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// IOC closes recovered from the CSV. The fills of one close share a run (the run prefix of the bot's client ids) and
/// a cycle: IOC fills and no fallback fills is a full close, IOC and fallback fills a partial one, fallback fills only
/// a failed IOC (an IOC that fills nothing writes no row). Start-up and shutdown closes of one run share cycle 0 and
/// are counted as one close.
/// </summary>
public sealed record IocCloseCount(int Full, int Partial, int Failed)
{
    public static IocCloseCount Empty { get; } = new(0, 0, 0);

    public int Total => Full + Partial + Failed;

    public static IocCloseCount From(IEnumerable<TradeFill> fills)
    {
        var tally = new IocCloseTally();
        foreach (var fill in fills)
        {
            tally.Add(fill.Figures);
        }

        return tally.ToCount();
    }
}

/// <summary>The IOC closes of a book seen so far, one entry per close whatever the order its fills come in.</summary>
public sealed class IocCloseTally
{
    private const byte Ioc = 1;
    private const byte Fallback = 2;
    private const int MaxIndexedCycle = 1 << 24;
    private readonly List<byte[]> _byCycle = []; // per run, what each cycle's close used, by cycle number
    private readonly Dictionary<long, byte> _closes = []; // closes of no cycle or an odd one (negative, very large)
    private readonly Dictionary<string, int> _runs = new(StringComparer.Ordinal);
    private string? _lastRun;
    private int _lastRunIndex;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in FillFigures fill)
    {
        if (!FillFigures.IsIocClose(fill.TradeRole, fill.CloseMethod))
        {
            return;
        }

        // a close is its run and its cycle: a long file has hundreds of thousands of closes of a few runs, numbered from 1;
        // the reader hands one string per run, so most closes find their run without hashing it
        var run = fill.Run;
        if (!ReferenceEquals(run, _lastRun))
        {
            if (!_runs.TryGetValue(run, out _lastRunIndex))
            {
                _runs[run] = _lastRunIndex = _runs.Count;
                _byCycle.Add([]);
            }

            _lastRun = run;
        }

        var used = fill.CloseMethod == "ioc" ? Ioc : Fallback;
        if (fill.Cycle is { } cycle and >= 0 and < MaxIndexedCycle)
        {
            var cycles = _byCycle[_lastRunIndex];
            if (cycle >= cycles.Length)
            {
                Array.Resize(ref cycles, Math.Max(cycle + 1, Math.Min(cycles.Length * 2, MaxIndexedCycle)));
                _byCycle[_lastRunIndex] = cycles;
            }

            cycles[cycle] |= used;
            return;
        }

        var close = ((long)_lastRunIndex << 33) | (fill.Cycle is { } other ? (1L << 32) | (uint)other : 0);
        CollectionsMarshal.GetValueRefOrAddDefault(_closes, close, out _) |= used;
    }

    public IocCloseCount ToCount()
    {
        int full = 0, partial = 0, failed = 0;
        foreach (var seen in _closes.Values.Concat(_byCycle.SelectMany(cycles => cycles.Where(c => c != 0))))
        {
            switch (seen)
            {
                case Ioc:
                    full++;
                    break;
                case Ioc | Fallback:
                    partial++;
                    break;
                default:
                    failed++;
                    break;
            }
        }

        return new IocCloseCount(full, partial, failed);
    }
}
