using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 8 item 11: --target-volume and --max-loss after every fill, and no cycle that could pass --max-loss.</summary>
public class LimitTests
{
    [Fact]
    public void Target_volume_reached_by_a_partial_open_fill_stops_the_open_and_closes_the_filled_part()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 100) with { TargetVolume = 50m });
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 0.6m));

        var open = Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly));
        Assert.Equal(OrderStatus.Canceled, h.Venue.Order(open.ClientOrderId).Status);
        Assert.Equal(0.6m, Assert.Single(h.Venue.PlacedOf(OrderKind.Market)).Quantity);
        Assert.Equal(StopReason.TargetVolume, outcome.Reason);
        Assert.Equal(0m, h.Venue.Position);
    }

    [Fact]
    public void Max_loss_reached_by_a_fill_stops_the_open_in_normal_mode_and_leaves_its_take_profit()
    {
        var h = new BotHarness(BotHarness.Normal() with { MaxCycles = null, MaxLoss = 1m });
        var outcome = h.Run(async h =>
        {
            // a fee far above what the profile said: this one fill passes --max-loss
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 0.5m, fee: 1.2m);
        });

        var open = h.Venue.PlacedOf(OrderKind.PostOnly)[0];
        Assert.Equal(OrderStatus.Canceled, h.Venue.Order(open.ClientOrderId).Status);
        Assert.Equal(StopReason.MaxLoss, outcome.Reason);
        var takeProfit = Assert.Single(outcome.Summary.LeftOpen!.TakeProfits);
        Assert.Equal(0.5m, takeProfit.Remaining);
        Assert.Single(h.Venue.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Buy);
    }

    [Fact]
    public void A_cycle_whose_worst_case_would_pass_max_loss_is_not_started()
    {
        // mid 100.25: fees 1 x 100.25 x (0.3 + 4.5) bps = 0.04812; open at 100.4 (0.15 above mid), close at the bid (0.25 below)
        var settings = BotHarness.Boost(maxCycles: 10) with { MaxLoss = 0.4m, MakerFeeRate = 0.00003m, TakerFeeRate = 0.00045m };
        var h = new BotHarness(settings);
        var outcome = h.Run();

        Assert.Empty(h.Venue.Placed);
        Assert.Equal(StopReason.MaxLoss, outcome.Reason);
        Assert.Contains("could cost up to 0.4481 USDT (fees 0.0481, slippage 0.4000)", outcome.Detail, StringComparison.Ordinal);
        Assert.True(h.Log.Contains("Not starting the next cycle"));
    }

    [Fact]
    public void A_cycle_whose_worst_case_fits_is_started()
    {
        var settings = BotHarness.Boost(maxCycles: 1) with { MaxLoss = 0.45m, MakerFeeRate = 0.00003m, TakerFeeRate = 0.00045m };
        var h = new BotHarness(settings);
        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
    }

    [Fact]
    public void Ioc_tolerance_bounds_the_close_when_it_is_wider_than_the_book()
    {
        var settings = BotHarness.Boost(useIoc: true) with { IocToleranceBps = 100m };
        var rules = new MarketRules("T", 0.1m, 0.1m, 0.1m, 0m);
        var bound = CycleWorstCase.For(settings, 1m, new TopOfBook(100.0m, 100.5m), null, rules);

        Assert.Equal(0.15m + 1.0025m, bound.Slippage); // open 0.15 above mid; 100 bps of 100.25 beats the 0.25 to the bid
        Assert.Equal(0m, bound.Fees);
    }
}
