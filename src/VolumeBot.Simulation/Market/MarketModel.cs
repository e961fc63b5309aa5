using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Market;

/// <summary>
/// One step of other traders' flow: a market order of <see cref="Size"/> from a taker on <see cref="TakerSide"/>. A
/// live trade carries the price it printed at (resting orders at or better than it were in its way); synthetic flow
/// executes at the touch.
/// </summary>
public sealed record TakerFlow(Side TakerSide, decimal Size, decimal? Price = null);

/// <summary>
/// A synthetic order book driven by a seeded random walk: the best bid moves by ticks, the spread sometimes widens,
/// depth is regenerated every step, and other traders send market orders. The same seed and the same number of
/// steps give the same market, whoever watches it.
/// </summary>
public sealed class MarketModel : IMarket
{
    private readonly Random _random;
    private readonly decimal[] _bidSizes;
    private readonly decimal[] _askSizes;
    private readonly CommonMid? _common;
    private readonly VenueBasis _basis = new();
    private double _basisBps;
    private int _wideSteps;

    public MarketModel(MarketModelOptions options, int seed)
        : this(options, seed, null)
    {
    }

    /// <summary>A market whose mid follows <paramref name="common"/> plus this venue's own basis (hedged farming's second venue).</summary>
    public MarketModel(MarketModelOptions options, int seed, CommonMid? common)
    {
        Options = options;
        _common = common;
        _random = new Random(seed);
        BestBid = Rules.RoundPrice(options.InitialMid - options.TickSize / 2, PriceRounding.Down);
        SpreadTicks = 1;
        _bidSizes = new decimal[options.Levels];
        _askSizes = new decimal[options.Levels];
        RegenerateDepth();
    }

    public MarketModelOptions Options { get; }

    public MarketRules Rules => new(Options.Symbol, Options.TickSize, Options.SizeIncrement, Options.MinSize, Options.MinNotional);

    public long Steps { get; private set; }

    public decimal BestBid { get; private set; }

    public int SpreadTicks { get; private set; }

    public decimal BestAsk => BestBid + SpreadTicks * Options.TickSize;

    public TopOfBook Top => new(BestBid, BestAsk);

    public TimeSpan StepInterval => Options.StepInterval;

    public int LevelCount(Side bookSide) => Options.Levels;

    public decimal LevelPrice(Side bookSide, int level) => bookSide == Side.Buy ? BidPrice(level) : AskPrice(level);

    public decimal LevelSize(Side bookSide, int level) => bookSide == Side.Buy ? _bidSizes[level] : _askSizes[level];

    public decimal BidPrice(int level) => BestBid - level * Options.TickSize;

    public decimal AskPrice(int level) => BestAsk + level * Options.TickSize;

    public decimal BidSize(int level) => _bidSizes[level];

    public decimal AskSize(int level) => _askSizes[level];

    public OrderBook Book(int depth)
    {
        var levels = Math.Min(depth, Options.Levels);
        var bids = Enumerable.Range(0, levels).Where(i => _bidSizes[i] > 0).Select(i => new BookLevel(BidPrice(i), _bidSizes[i])).ToList();
        var asks = Enumerable.Range(0, levels).Where(i => _askSizes[i] > 0).Select(i => new BookLevel(AskPrice(i), _askSizes[i])).ToList();
        return new OrderBook(bids, asks);
    }

    /// <summary>Takes liquidity from one side of the synthetic book (it stays taken until the next step).</summary>
    public decimal Consume(Side takerSide, int level, decimal size)
    {
        var sizes = takerSide == Side.Buy ? _askSizes : _bidSizes;
        var taken = Math.Min(size, sizes[level]);
        sizes[level] -= taken;
        return taken;
    }

    /// <summary>Moves the market one step and returns the other traders' market orders of that step.</summary>
    public IReadOnlyList<TakerFlow> Step()
    {
        Steps++;
        if (_common is { } common)
        {
            _basisBps = _basis.Next(_basisBps, Options.StepInterval, _random);
            var mid = common.At(Steps) * (1 + (decimal)_basisBps / 10_000m);
            BestBid = Math.Max(Options.TickSize, Rules.RoundPrice(mid - SpreadTicks * Options.TickSize / 2, PriceRounding.Down));
        }
        else if (Options.DailyVolatilityPercent is { } volatility)
        {
            BestBid = Math.Max(Options.TickSize, BestBid + VolatileMoveTicks(volatility) * Options.TickSize);
        }
        else
        {
            var move = _random.NextDouble();
            if (move < Options.TickMoveProbability)
            {
                BestBid += Options.TickSize;
            }
            else if (move < 2 * Options.TickMoveProbability)
            {
                BestBid -= Options.TickSize;
            }
        }

        if (_wideSteps > 0)
        {
            _wideSteps--;
            if (_wideSteps == 0)
            {
                SpreadTicks = 1;
            }
        }
        else if (_random.NextDouble() < Options.SpreadWideningProbability)
        {
            SpreadTicks = _random.Next(2, 6);
            _wideSteps = _random.Next(2, 10);
        }

        RegenerateDepth();
        var flow = new List<TakerFlow>(2);
        foreach (var side in new[] { Side.Buy, Side.Sell })
        {
            if (_random.NextDouble() < Options.TakerArrivalProbability)
            {
                flow.Add(new TakerFlow(side, TakerSize()));
            }
        }

        return flow;
    }

    /// <summary>A normal draw (Box-Muller) of the step's share of the daily volatility, in whole ticks of the current price.</summary>
    private long VolatileMoveTicks(double dailyPercent)
    {
        var normal = Normal.Draw(_random);
        var stepSigma = dailyPercent / 100 * Math.Sqrt(Options.StepInterval.TotalSeconds / 86_400);
        var sigmaTicks = stepSigma * (double)(BestBid / Options.TickSize);
        return (long)Math.Round(normal * sigmaTicks, MidpointRounding.ToEven);
    }

    private decimal TakerSize()
    {
        var exponential = -Math.Log(1 - _random.NextDouble());
        var size = Options.TakerMeanSize * (decimal)exponential;
        return Math.Max(Options.SizeIncrement, Rules.RoundSizeDown(size));
    }

    private void RegenerateDepth()
    {
        for (var level = 0; level < Options.Levels; level++)
        {
            _bidSizes[level] = LevelSize(level);
            _askSizes[level] = LevelSize(level);
        }
    }

    private decimal LevelSize(int level)
    {
        var noise = 0.4 + _random.NextDouble() * 1.2;
        var size = Options.TopLevelSize * (1 + level * 0.5m) * (decimal)noise;
        return Math.Max(Options.SizeIncrement, Rules.RoundSizeDown(size));
    }
}
