using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Cli.Commands;

/// <summary>The market a `simulate --tape` run replays: the recorded tape, checked against the run's ticker.</summary>
public static class RecordedMarket
{
    public static (MarketTape? Tape, string? Error) Load(string path, string ticker, bool modelOptionsGiven)
    {
        if (modelOptionsGiven)
        {
            return (null, "--tape replays a recorded market: leave out --market-file and --volatility");
        }

        var (tape, error) = MarketTape.Load(path);
        if (tape is null)
        {
            return (null, $"--tape {error}");
        }

        return tape.Rules.Symbol.StartsWith(ticker, StringComparison.OrdinalIgnoreCase)
            ? (tape, null)
            : (null, $"--tape {path} is a recording of {tape.Rules.Symbol}, not of --ticker {ticker}");
    }
}
