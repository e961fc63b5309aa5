using System.CommandLine;

namespace VolumeBot.Cli.Commands;

/// <summary>`simulate`'s own options; the trading flags are the bot's (<see cref="BotFlags.Trading"/>).</summary>
public sealed class SimulateFlags
{
    public Option<int> Cycles { get; } = new("--cycles") { Description = "Stop each run after N completed open/close cycles", DefaultValueFactory = _ => 1000 };

    public Option<string?> Compare { get; } = new("--compare")
    {
        Description = "Close methods to run side by side on the same seed and market path, e.g. market,ioc (implies --boost)",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the runs as JSON" };

    public Option<string?> LogDir { get; } = new("--log-dir") { Description = "Write each run's activity log and trades CSV here (stamped with simulated time); none by default" };

    public Option<double?> Volatility { get; } = new("--volatility")
    {
        Description = "Daily realised volatility of the simulated market in percent (default per ticker: BTC 2.2, ETH 3.9, SOL 4.5)",
    };

    public Option<string?> MarketFile { get; } = new("--market-file") { Description = "JSON of the market model's options, to simulate a market without a built-in one (see the README)" };

    public Option<string?> Tape { get; } = new("--tape") { Description = "Replay a market recorded with --paper --live-data --record FILE instead of the simulated market (each run stops at the tape's end)" };

    public IEnumerable<Option> All => [Cycles, Compare, Json, LogDir, Volatility, MarketFile, Tape];
}
