namespace VolumeBot.Simulation.Market;

/// <summary>Shape of a simulated market: price level, tick, depth and how busy the other traders are.</summary>
public sealed record MarketModelOptions
{
    public required string Symbol { get; init; }

    public decimal InitialMid { get; init; } = 100m;

    public decimal TickSize { get; init; } = 0.01m;

    public decimal SizeIncrement { get; init; } = 0.001m;

    public decimal MinSize { get; init; } = 0.001m;

    public decimal MinNotional { get; init; } = 10m;

    public int Levels { get; init; } = 10;

    /// <summary>Typical size shown at the best level; deeper levels show more.</summary>
    public decimal TopLevelSize { get; init; } = 1m;

    /// <summary>How fast the clock moves the market: one random-walk step per interval.</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Chance per step that the best bid moves one tick up (the same for down).</summary>
    public double TickMoveProbability { get; init; } = 0.25;

    /// <summary>Chance per step and side that another trader sends a market order.</summary>
    public double TakerArrivalProbability { get; init; } = 0.35;

    /// <summary>Mean size of other traders' market orders.</summary>
    public decimal TakerMeanSize { get; init; } = 0.05m;

    /// <summary>Chance per step that the spread widens for a while.</summary>
    public double SpreadWideningProbability { get; init; } = 0.02;

    /// <summary>Defaults per ticker so a paper run looks like the real market.</summary>
    public static MarketModelOptions ForTicker(string venue, string ticker)
    {
        var symbol = venue.Equals("grvt", StringComparison.OrdinalIgnoreCase) ? $"{ticker}_USDT_Perp" : $"{ticker}-USD-PERP";
        return ticker switch
        {
            "BTC" => new MarketModelOptions { Symbol = symbol, InitialMid = 100_000m, TickSize = 0.1m, SizeIncrement = 0.001m, MinSize = 0.001m, TopLevelSize = 0.2m, TakerMeanSize = 0.06m },
            "ETH" => new MarketModelOptions { Symbol = symbol, InitialMid = 3_500m, TickSize = 0.01m, SizeIncrement = 0.01m, MinSize = 0.01m, TopLevelSize = 8m, TakerMeanSize = 1m },
            "SOL" => new MarketModelOptions { Symbol = symbol, InitialMid = 150m, TickSize = 0.001m, SizeIncrement = 0.1m, MinSize = 0.1m, TopLevelSize = 200m, TakerMeanSize = 20m },
            _ => new MarketModelOptions { Symbol = symbol, InitialMid = 10m, TickSize = 0.0001m, SizeIncrement = 1m, MinSize = 1m, TopLevelSize = 5_000m, TakerMeanSize = 500m },
        };
    }
}
