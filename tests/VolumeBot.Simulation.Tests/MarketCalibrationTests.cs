using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;

namespace VolumeBot.Simulation.Tests;

public class MarketCalibrationTests
{
    /// <summary>Standard deviation of the mid's log return over <paramref name="horizon"/>, in bps, over four simulated hours.</summary>
    private static double RealisedBps(MarketModelOptions options, TimeSpan horizon, int seed = 3)
    {
        var model = new MarketModel(options, seed);
        var stepsPerSample = (int)(horizon / options.StepInterval);
        var samples = (int)(TimeSpan.FromHours(4) / horizon); // 1,440 ten-second returns: the estimate is good to about 2 %
        var returns = new List<double>(samples);
        var previous = (double)model.Top.Mid;
        for (var i = 0; i < samples; i++)
        {
            for (var s = 0; s < stepsPerSample; s++)
            {
                model.Step();
            }

            var mid = (double)model.Top.Mid;
            returns.Add(Math.Log(mid / previous) * 10_000);
            previous = mid;
        }

        var mean = returns.Average();
        return Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
    }

    [Theory]
    [InlineData("BTC", 2.2)]
    [InlineData("ETH", 3.9)]
    [InlineData("SOL", 4.5)]
    public void The_built_in_markets_move_as_much_as_their_daily_volatility_says(string ticker, double dailyPercent)
    {
        var options = MarketModelOptions.ForTicker("paradex", ticker);
        Assert.Equal(dailyPercent, options.DailyVolatilityPercent);
        // over 10 s a daily volatility of v % is v * 100 * sqrt(10 / 86,400) bps: BTC's 2.2 % is about 2.4 bps
        var expected = dailyPercent * 100 * Math.Sqrt(10.0 / 86_400);
        Assert.InRange(RealisedBps(options, TimeSpan.FromSeconds(10)), expected * 0.9, expected * 1.1);
    }

    [Fact]
    public void The_legacy_walk_was_fifty_times_calmer_than_bitcoin()
    {
        var legacy = MarketModelOptions.ForTicker("paradex", "BTC") with { DailyVolatilityPercent = null };
        Assert.InRange(RealisedBps(legacy, TimeSpan.FromSeconds(10)), 0.02, 0.08); // the old model's ~0.05 bps over 10 s
    }

    [Fact]
    public void A_volatile_market_makes_resting_opens_cost_more_than_a_still_one()
    {
        SimulationResult Run(double volatility) => Simulator.Run(new SimulationRequest
        {
            Label = $"{volatility}",
            Settings = new BotSettings { Venue = "paradex", Ticker = "BTC", Quantity = 0.01m, Boost = true, WaitTime = TimeSpan.FromSeconds(1), MaxCycles = 300 },
            Market = MarketModelOptions.ForTicker("paradex", "BTC") with { DailyVolatilityPercent = volatility },
            Fees = FeeSchedule.Paradex,
        });

        var still = Run(0);
        var volatile_ = Run(6);
        // an open that rests is filled when the market moves through it, and the close then sells lower: that loss is
        // in the price result and the all-in cost, and grows with volatility
        Assert.True(volatile_.ProfitBeforeFees < still.ProfitBeforeFees, $"{volatile_.ProfitBeforeFees} vs {still.ProfitBeforeFees}");
        Assert.True(volatile_.AllInCostBps > still.AllInCostBps + 0.1m, $"{volatile_.AllInCostBps} vs {still.AllInCostBps}");
    }

    [Fact]
    public void An_unknown_ticker_has_no_silent_market_and_the_error_lists_the_known_ones()
    {
        var (options, error) = MarketModelOptions.TryForTicker("paradex", "DOGE");
        Assert.Null(options);
        Assert.Equal("there is no simulated market for DOGE; known: BTC, ETH, SOL", error);
        Assert.Throws<ArgumentException>(() => MarketModelOptions.ForTicker("grvt", "DOGE"));
    }
}
