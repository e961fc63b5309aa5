using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

public class GuardTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory] // scenario 9: M 12, W 400, last open 150 s ago
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(6, false)]
    [InlineData(12, false)]
    public void Cooldown_tiers_follow_the_number_of_resting_close_orders(int closeOrders, bool mayOpen)
    {
        var cooldown = new CooldownPolicy(12, TimeSpan.FromSeconds(400));
        cooldown.MarkOpened(Start);
        for (var i = 0; i < closeOrders; i++)
        {
            cooldown.OpenCycleFinished();
        }

        Assert.Equal(mayOpen, cooldown.MayOpen(closeOrders, Start.AddSeconds(150)));
    }

    [Fact]
    public void Cooldown_tier_lengths_match_the_spec_example()
    {
        var cooldown = new CooldownPolicy(12, TimeSpan.FromSeconds(400));
        Assert.Equal(TimeSpan.FromSeconds(100), cooldown.CooldownFor(1));
        Assert.Equal(TimeSpan.FromSeconds(200), cooldown.CooldownFor(2));
        Assert.Equal(TimeSpan.FromSeconds(400), cooldown.CooldownFor(4));
        Assert.Equal(TimeSpan.FromSeconds(800), cooldown.CooldownFor(8));
    }

    [Fact] // scenario 10
    public void Fewer_close_orders_than_expected_opens_at_once_and_lowers_the_expectation()
    {
        var cooldown = new CooldownPolicy(12, TimeSpan.FromSeconds(400));
        cooldown.MarkOpened(Start);
        for (var i = 0; i < 5; i++)
        {
            cooldown.OpenCycleFinished();
        }

        Assert.True(cooldown.MayOpen(4, Start.AddSeconds(1)));
        Assert.Equal(4, cooldown.ExpectedCloseOrders);
        Assert.False(cooldown.MayOpen(4, Start.AddSeconds(2)));
    }

    [Fact] // scenario 11
    public void Close_orders_found_at_start_up_start_the_cooldown_clock()
    {
        var cooldown = new CooldownPolicy(12, TimeSpan.FromSeconds(400));
        Assert.False(cooldown.MayOpen(3, Start)); // 200 s tier counted from now
        Assert.False(cooldown.MayOpen(3, Start.AddSeconds(199)));
        Assert.True(cooldown.MayOpen(3, Start.AddSeconds(201)));
    }

    [Fact] // scenario 12
    public void Grid_step_keeps_take_profits_apart()
    {
        decimal[] closes = [2000m];
        Assert.False(GridStepRule.IsMet(Side.Buy, closes, new TopOfBook(1994m, 1995m), 0.02m, 0.5m));
        Assert.True(GridStepRule.IsMet(Side.Buy, closes, new TopOfBook(1984m, 1985m), 0.02m, 0.5m));
        Assert.True(GridStepRule.IsMet(Side.Buy, [], new TopOfBook(1994m, 1995m), 0.02m, 0.5m));
        Assert.True(GridStepRule.IsMet(Side.Buy, closes, new TopOfBook(1994m, 1995m), 0.02m, -100m));
    }

    [Fact] // scenario 28
    public void Position_drift_beyond_two_order_sizes_is_a_mismatch()
    {
        Assert.True(PositionDriftGuard.IsDrifted(3m, 0.5m, 1m));
        Assert.False(PositionDriftGuard.IsDrifted(2.4m, 0.5m, 1m));
        Assert.True(PositionDriftGuard.IsDrifted(-3m, 0.5m, 1m));
    }

    [Fact] // scenarios 13, 14
    public void Stop_and_pause_prices_trigger_on_the_side_that_opens()
    {
        var buyer = new BotSettings { Venue = "paradex", Ticker = "T", StopPrice = 3000m, PausePrice = 2900m };
        Assert.Equal(PriceCondition.Stop, PriceGuard.Evaluate(buyer, new TopOfBook(2999m, 3000m)));
        Assert.Equal(PriceCondition.Pause, PriceGuard.Evaluate(buyer, new TopOfBook(2900m, 2901m)));
        Assert.Equal(PriceCondition.Trade, PriceGuard.Evaluate(buyer, new TopOfBook(2898m, 2899m)));
        var seller = buyer with { Direction = Side.Sell, StopPrice = 2000m, PausePrice = 2100m };
        Assert.Equal(PriceCondition.Stop, PriceGuard.Evaluate(seller, new TopOfBook(2000m, 2001m)));
        Assert.Equal(PriceCondition.Pause, PriceGuard.Evaluate(seller, new TopOfBook(2099m, 2101m)));
    }
}
