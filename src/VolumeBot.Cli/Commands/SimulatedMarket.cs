using System.Text.Json;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Cli.Commands;

/// <summary>The market a simulation trades: the ticker's built-in one or a --market-file, with --volatility applied.</summary>
public static class SimulatedMarket
{
    private static readonly JsonSerializerOptions FileFormat = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static (MarketModelOptions? Market, string? Error) Load(string venue, string ticker, string? marketFile, double? volatilityPercent)
    {
        MarketModelOptions? market;
        if (marketFile is not null)
        {
            var (loaded, error) = Read(marketFile);
            if (loaded is null)
            {
                return (null, error);
            }

            market = loaded;
        }
        else
        {
            var (builtIn, error) = MarketModelOptions.TryForTicker(venue, ticker);
            if (builtIn is null)
            {
                return (null, $"{error}; give another market's tick, sizes and price with --market-file FILE");
            }

            market = builtIn;
        }

        if (volatilityPercent is { } volatility)
        {
            if (volatility < 0 || double.IsNaN(volatility) || double.IsInfinity(volatility))
            {
                return (null, $"--volatility must be 0 or more percent a day (got {volatility})");
            }

            market = market with { DailyVolatilityPercent = volatility };
        }

        return (market, null);
    }

    private static (MarketModelOptions? Market, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"--market-file {path} not found");
        }

        try
        {
            var market = JsonSerializer.Deserialize<MarketModelOptions>(File.ReadAllText(path), FileFormat);
            return market is null ? (null, $"--market-file {path} is empty")
                : market.Problem() is { } problem ? (null, $"--market-file {path}: {problem}")
                : (market, null);
        }
        catch (JsonException invalid)
        {
            return (null, $"--market-file {path} is not a market model: {invalid.Message}");
        }
    }
}
