using System.Diagnostics;
using System.Globalization;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;

// dotnet run -c Release --project bench/VolumeBot.Simulation.Benchmarks [-- CYCLES [VENUE [TICKER QUANTITY]]]
// Runs boost cycles (market close, then IOC close) on the virtual clock, as `volumebot simulate` does, and prints
// how many simulated seconds pass per wall-clock second. The issue's bar: 10,000 cycles within 30 s.
var culture = CultureInfo.InvariantCulture;
var cycles = args.Length > 0 ? int.Parse(args[0], culture) : 10_000;
var venue = args.Length > 1 ? args[1] : "paradex";
var ticker = args.Length > 2 ? args[2] : "BTC";
var quantity = args.Length > 3 ? decimal.Parse(args[3], culture) : 0.01m;

// a short warm-up run so the JIT is not timed
Run(ioc: false, 50);
foreach (var ioc in new[] { false, true })
{
    var wall = Stopwatch.StartNew();
    var result = Run(ioc, cycles);
    wall.Stop();
    var simulated = result.SimulatedTime.TotalSeconds;
    Console.WriteLine(string.Create(culture,
        $"{venue} {ticker} boost {(ioc ? "ioc" : "market")}: {result.Summary.Cycles} cycles, {simulated:0} simulated s in {wall.Elapsed.TotalSeconds:0.00} wall s = {simulated / wall.Elapsed.TotalSeconds:0} simulated s per wall s ({result.Summary.Cycles / wall.Elapsed.TotalSeconds:0} cycles/s, {result.Orders} orders, cost {result.Summary.CostBps:0.00} bps)"));
}

SimulationResult Run(bool ioc, int count) => Simulator.Run(new SimulationRequest
{
    Label = ioc ? "ioc" : "market",
    Settings = new BotSettings { Venue = venue, Ticker = ticker, Quantity = quantity, Boost = true, UseIoc = ioc, WaitTime = TimeSpan.FromSeconds(1), MaxCycles = count },
    Market = MarketModelOptions.ForTicker(venue, ticker),
    Fees = FeeSchedule.ForVenue(venue),
    Seed = 42,
});
