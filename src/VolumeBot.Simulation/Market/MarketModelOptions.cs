namespace VolumeBot.Simulation.Market;

/// <summary>
/// Shape of a simulated market: price level, tick, how far the price wanders, depth and how busy the other traders
/// are. A `--market-file` is this record as JSON (property names as here).
/// </summary>
public sealed record MarketModelOptions
{
    public required string Symbol { get; init; }

    /// <summary>Mid price the run starts at (quote currency).</summary>
    public decimal InitialMid { get; init; } = 100m;

    /// <summary>Price increment of the venue's market.</summary>
    public decimal TickSize { get; init; } = 0.01m;

    /// <summary>Order size increment (base units).</summary>
    public decimal SizeIncrement { get; init; } = 0.001m;

    /// <summary>Smallest order size (base units).</summary>
    public decimal MinSize { get; init; } = 0.001m;

    /// <summary>Smallest order notional (quote currency).</summary>
    public decimal MinNotional { get; init; } = 10m;

    /// <summary>Visible levels per side.</summary>
    public int Levels { get; init; } = 10;

    /// <summary>Typical size shown at the best level (base units); level n shows about (1 + n/2) times as much.</summary>
    public decimal TopLevelSize { get; init; } = 1m;

    /// <summary>How fast the clock moves the market: one step per interval.</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Daily realised volatility in percent (the standard deviation of a day's return): each step moves the mid by a
    /// normal draw of that volatility scaled to the step, √(step / 1 day), in whole ticks. Null keeps the calm legacy
    /// walk of <see cref="TickMoveProbability"/>, which test fixtures use when they need a still market.
    /// </summary>
    public double? DailyVolatilityPercent { get; init; }

    /// <summary>Legacy walk (no <see cref="DailyVolatilityPercent"/>): chance per step that the bid moves one tick up (the same for down).</summary>
    public double TickMoveProbability { get; init; } = 0.25;

    /// <summary>Chance per step and side that another trader sends a market order.</summary>
    public double TakerArrivalProbability { get; init; } = 0.35;

    /// <summary>Mean size of other traders' market orders (base units; sizes are exponentially distributed).</summary>
    public decimal TakerMeanSize { get; init; } = 0.05m;

    /// <summary>Chance per step that the spread widens to 2-5 ticks for 2-9 steps; otherwise it is one tick.</summary>
    public double SpreadWideningProbability { get; init; } = 0.02;

    /// <summary>Tickers with a built-in market.</summary>
    public static IReadOnlyList<string> KnownTickers { get; } = ["BTC", "ETH", "SOL"];

    /// <summary>The built-in market of a ticker, or an error naming the known ones.</summary>
    public static (MarketModelOptions? Options, string? Error) TryForTicker(string venue, string ticker) =>
        KnownTickers.Contains(ticker)
            ? (ForTicker(venue, ticker), null)
            : (null, $"there is no simulated market for {ticker}; known: {string.Join(", ", KnownTickers)}");

    /// <summary>
    /// Built-in markets, calibrated to the real ones. Sources (2025 figures):
    /// <list type="bullet">
    /// <item>Volatility: BTC 2.2 %/day (K33 Research: 2.24 % daily realised in 2025; Gale Finance: 41.9 % annualised
    /// = 2.19 %/day); ETH 3.9 %/day (Gale Finance 2025: 75.4 % annualised); SOL 4.5 %/day (86.1 % annualised). At
    /// 200 ms steps BTC moves about 0.33 bps a step, 2.4 bps over 10 s.</item>
    /// <item>Tick, size increment, minimums: BTC from the venues' market endpoints (protocols/paradex.md §5,
    /// protocols/grvt.md §5: tick 0.1, size 0.001, GRVT min notional 100); ETH and SOL increments are assumptions.</item>
    /// <item>Other traders' flow: Paradex traded about 1 B USDT a day in late 2025 (30 B+ a month; 170 M a day in
    /// Feb 2025, Paradigm monthly brief). Assumption: BTC about 35 % of it (4,000 USDT/s), ETH 20 % (2,300 USDT/s),
    /// SOL 5 % (580 USDT/s); the same for GRVT, whose per-market volume we have no figure for.</item>
    /// <item>Depth at the touch and spread: assumption, no published figure found: about 50 k USDT at the best BTC
    /// level, 35 k ETH, 15 k SOL, one tick wide most of the time.</item>
    /// </list>
    /// Never tune these so a tactic looks good; change them when a better source is found, and say which.
    /// </summary>
    public static MarketModelOptions ForTicker(string venue, string ticker)
    {
        var grvt = venue.Equals("grvt", StringComparison.OrdinalIgnoreCase);
        var symbol = grvt ? $"{ticker}_USDT_Perp" : $"{ticker}-USD-PERP";
        return ticker switch
        {
            "BTC" => new MarketModelOptions
            {
                Symbol = symbol, InitialMid = 100_000m, TickSize = 0.1m, SizeIncrement = 0.001m, MinSize = 0.001m, MinNotional = grvt ? 100m : 10m,
                DailyVolatilityPercent = 2.2, TopLevelSize = 0.5m, TakerArrivalProbability = 0.15, TakerMeanSize = 0.027m,
            },
            "ETH" => new MarketModelOptions
            {
                Symbol = symbol, InitialMid = 3_500m, TickSize = 0.01m, SizeIncrement = 0.01m, MinSize = 0.01m, MinNotional = 10m,
                DailyVolatilityPercent = 3.9, TopLevelSize = 10m, TakerArrivalProbability = 0.15, TakerMeanSize = 0.44m,
            },
            "SOL" => new MarketModelOptions
            {
                Symbol = symbol, InitialMid = 150m, TickSize = 0.001m, SizeIncrement = 0.1m, MinSize = 0.1m,
                DailyVolatilityPercent = 4.5, TopLevelSize = 100m, TakerArrivalProbability = 0.1, TakerMeanSize = 3.9m,
            },
            _ => throw new ArgumentException($"there is no simulated market for {ticker}; known: {string.Join(", ", KnownTickers)}", nameof(ticker)),
        };
    }

    /// <summary>What is wrong with a market given by hand (a --market-file), or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Symbol) ? "Symbol is missing"
        : InitialMid <= 0 ? "InitialMid must be greater than 0"
        : TickSize <= 0 ? "TickSize must be greater than 0"
        : SizeIncrement <= 0 ? "SizeIncrement must be greater than 0"
        : MinSize <= 0 || MinNotional < 0 ? "MinSize must be greater than 0 and MinNotional 0 or more"
        : Levels <= 0 ? "Levels must be greater than 0"
        : TopLevelSize <= 0 || TakerMeanSize <= 0 ? "TopLevelSize and TakerMeanSize must be greater than 0"
        : StepInterval <= TimeSpan.Zero ? "StepInterval must be greater than 0"
        : DailyVolatilityPercent is < 0 ? "DailyVolatilityPercent must be 0 or more"
        : TickMoveProbability is < 0 or > 0.5 ? "TickMoveProbability must be between 0 and 0.5"
        : TakerArrivalProbability is < 0 or > 1 || SpreadWideningProbability is < 0 or > 1 ? "probabilities must be between 0 and 1"
        : null;
}
