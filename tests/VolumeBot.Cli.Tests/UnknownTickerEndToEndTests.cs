namespace VolumeBot.Cli.Tests;

/// <summary>A paper run on a ticker without a simulated market is refused: never a silent made-up market.</summary>
public class UnknownTickerEndToEndTests
{
    [Fact]
    public async Task Paper_run_on_an_unknown_ticker_lists_the_known_ones_and_starts_nothing()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "grvt", "--ticker", "DOGE", "--quantity", "100", "--boost", "--paper", "--max-cycles", "1"]);
        using var _ = run;

        Assert.Equal(1, exit);
        var error = run.Stderr.Trim();
        Assert.Single(error.Split('\n'));
        Assert.StartsWith("Error: --paper: there is no simulated market for DOGE; known: BTC, ETH, SOL;", error, StringComparison.Ordinal);
        Assert.Contains("--market-file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(run.WorkingDirectory, "logs")));
    }
}
