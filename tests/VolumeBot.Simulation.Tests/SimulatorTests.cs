using System.Diagnostics;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;

namespace VolumeBot.Simulation.Tests;

public class SimulatorTests
{
    private static SimulationRequest Boost(bool ioc, int cycles, int seed = 7) => new()
    {
        Label = ioc ? "ioc" : "market",
        Settings = new BotSettings { Venue = "paradex", Ticker = "BTC", Quantity = 0.01m, Boost = true, UseIoc = ioc, WaitTime = TimeSpan.FromSeconds(1), MaxCycles = cycles },
        Market = MarketModelOptions.ForTicker("paradex", "BTC"),
        Fees = FeeSchedule.Paradex,
        Seed = seed,
    };

    [Fact]
    public void A_boost_run_completes_its_cycles_on_simulated_time_far_faster_than_real_time()
    {
        var wall = Stopwatch.StartNew();
        var result = Simulator.Run(Boost(ioc: false, cycles: 200));
        Assert.Equal(StopReason.MaxCycles, result.Outcome.Reason);
        Assert.Equal(200, result.Summary.Cycles);
        Assert.True(result.SimulatedTime >= TimeSpan.FromSeconds(200), $"200 cycles with a 1 s pause took {result.SimulatedTime}");
        Assert.True(wall.Elapsed * 100 < result.SimulatedTime, $"{result.SimulatedTime} simulated in {wall.Elapsed}");
    }

    [Fact]
    public void Every_order_sent_is_counted_and_the_position_is_never_more_than_one_open()
    {
        var result = Simulator.Run(Boost(ioc: false, cycles: 50));
        // every post-only open the bot placed (re-placed ones too), one market close a cycle and every submission the
        // venue refused (a post-only that would have crossed), each counted once
        Assert.Equal(result.Summary.OpenOrders + result.Summary.Cycles + result.RefusedOrders, result.Orders);
        Assert.True(result.Summary.OpenOrders >= 50);
        Assert.Equal(result.Orders, result.MaxOrdersPer24h);
        Assert.InRange(result.MaxOrdersPerMinute, 1, result.MaxOrdersPerHour);
        Assert.Equal(0.01m, result.MaxAbsPosition);
    }

    [Fact]
    public void The_same_request_gives_the_same_run()
    {
        var first = Figures(Simulator.Run(Boost(ioc: true, cycles: 100)));
        var second = Figures(Simulator.Run(Boost(ioc: true, cycles: 100)));
        Assert.Equal(first, second);
        var otherSeed = Figures(Simulator.Run(Boost(ioc: true, cycles: 100, seed: 8)));
        Assert.NotEqual(first, otherSeed);
    }

    private static string Figures(SimulationResult r)
    {
        var s = r.Summary;
        return string.Join(" ", s.Cycles, s.Fills, s.QuoteVolume, s.MakerFees, s.TakerFees, s.Slippage, s.IocFull, s.IocPartial, s.RunTime,
            r.Orders, r.MaxOrdersPerMinute, r.MaxOrdersPerHour, r.MaxAbsPosition, r.ProfitBeforeFees, r.Outcome.Reason);
    }
}
