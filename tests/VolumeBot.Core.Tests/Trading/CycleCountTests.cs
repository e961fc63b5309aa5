using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 8 items 10 and 12: a cycle counts when it is complete, and the CSV's Cycle column says the same.</summary>
public class CycleCountTests
{
    [Fact]
    public void Normal_mode_counts_a_cycle_when_its_take_profit_fills_not_when_it_is_placed()
    {
        var h = new BotHarness(BotHarness.Normal(maxCycles: 2) with { WaitTime = TimeSpan.FromSeconds(4) });
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPostOnly(Side.Buy)).ClientOrderId, 1.0m);
            h.Venue.Fill((await h.NextPostOnly(Side.Buy, 1)).ClientOrderId, 1.0m);
            await h.NextPostOnly(Side.Sell, 1);
            await Task.Delay(TimeSpan.FromMinutes(5), h.Time);

            // two take-profits rest: nothing is complete, and no third cycle is started past --max-cycles 2
            Assert.Equal(0, h.Bot.Status().Summary.Cycles);
            Assert.Null(h.Bot.Status().LastClose);
            Assert.Equal(2, h.Venue.PlacedOf(OrderKind.PostOnly).Count(o => o.Side == Side.Buy));
            Assert.True(h.Log.Contains("--max-cycles 2: 0 completed and 2 take-profit(s) resting, no new opens: waiting until they fill"));

            await h.FillTakeProfit();
            await Task.Delay(TimeSpan.FromSeconds(5), h.Time);
            Assert.Equal(1, h.Bot.Status().Summary.Cycles);
            Assert.Equal("take_profit", h.Bot.Status().LastClose);
            await h.FillTakeProfit(1);
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(2, outcome.Summary.Cycles);
        Assert.Equal(2, h.Venue.PlacedOf(OrderKind.PostOnly).Count(o => o.Side == Side.Buy));
    }

    [Fact]
    public void A_stop_shows_the_open_position_and_each_resting_take_profit_with_its_price()
    {
        var h = new BotHarness(BotHarness.Normal() with { MaxCycles = null, WaitTime = TimeSpan.FromSeconds(4) });
        using var stop = new CancellationTokenSource();
        var outcome = h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPostOnly(Side.Buy)).ClientOrderId, 1.0m);
            await h.NextPostOnly(Side.Sell);
            h.Venue.Top = new TopOfBook(101.0m, 101.5m);
            h.Venue.Fill((await h.NextPostOnly(Side.Buy, 1)).ClientOrderId, 1.0m);
            await h.NextPostOnly(Side.Sell, 1);
            await Task.Delay(TimeSpan.FromSeconds(2), h.Time);
            stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
        }, stop.Token);

        var takeProfits = h.Venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == Side.Sell).ToList();
        var left = outcome.Summary.LeftOpen!;
        Assert.Equal(StopReason.StopRequested, outcome.Reason);
        Assert.Equal(2.0m, left.Position);
        Assert.Equal(takeProfits.Select(o => (o.Price!.Value, 1.0m)), left.TakeProfits.Select(o => (o.Price, o.Remaining)));
        Assert.Equal([1, 2], left.TakeProfits.Select(o => o.Cycle));
        var lines = outcome.Summary.ToLines();
        Assert.Contains("Cycles: 0 completed (open orders placed: 2)", lines);
        Assert.Contains("Open position at stop: 2.0 base", lines);
        Assert.Contains("Resting take-profits: 2 (to close 2.0 base)", lines);
        Assert.Contains(lines, l => l.StartsWith($"  sell 1.0 @ {takeProfits[1].Price} (cycle 2, ", StringComparison.Ordinal));
        Assert.Contains(h.Log.Lines, l => l.StartsWith($"  sell 1.0 @ {takeProfits[0].Price} (cycle 1, ", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_cycle_numbers_count_opens_that_filled_not_open_orders_placed()
    {
        var h = new BotHarness(BotHarness.Boost(maxCycles: 2) with { WaitTime = TimeSpan.Zero });
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Top = new TopOfBook(100.2m, 100.7m); // the touch moves away: cancelled unfilled and quoted again
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m);
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 2)).ClientOrderId, 1.0m);
        });

        Assert.Equal(3, outcome.Summary.OpenOrders);
        Assert.Equal(2, outcome.Summary.Cycles);
        Assert.Equal([1, 1, 2, 2], h.Journal.Records.Select(r => r.Cycle));
    }

    [Fact]
    public void Normal_mode_csv_cycles_reach_the_completed_count()
    {
        var h = new BotHarness(BotHarness.Normal(maxCycles: 1));
        var outcome = h.Run(async h =>
        {
            await h.NextPlaced(OrderKind.PostOnly);
            h.Venue.Top = new TopOfBook(100.2m, 100.7m);
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly, 1)).ClientOrderId, 1.0m);
            await h.FillTakeProfit();
        });

        Assert.Equal(1, outcome.Summary.Cycles);
        Assert.Equal([1, 1], h.Journal.Records.Select(r => r.Cycle));
    }
}
