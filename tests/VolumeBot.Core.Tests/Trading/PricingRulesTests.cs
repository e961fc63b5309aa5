using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

public class PricingRulesTests
{
    private static MarketRules Tick(decimal tick) => new("T", tick, 0.001m, 0.001m, 0m);

    [Theory] // scenario 5
    [InlineData(Side.Buy, "100.4")]
    [InlineData(Side.Sell, "100.1")]
    public void Open_rests_one_tick_inside_the_far_touch(Side side, string expected)
    {
        Assert.Equal(decimal.Parse(expected), OpenPrice.For(side, new TopOfBook(100.0m, 100.5m), Tick(0.1m)));
    }

    [Fact] // scenario 35
    public void Prices_round_to_multiples_of_the_tick_not_to_its_decimals()
    {
        var rules = Tick(0.5m);
        var rounded = rules.RoundPrice(107000.37m);
        Assert.Equal(107000.5m, rounded);
        Assert.Equal(0m, rounded % 0.5m);
        Assert.Equal(107000.0m, rules.RoundPrice(107000.37m, PriceRounding.Down));
        Assert.Equal(105m, Tick(5m).RoundPrice(103.2m, PriceRounding.Up));
    }

    [Fact] // scenario 7
    public void Buy_take_profit_is_tp_percent_above_the_open_rounded_to_the_tick()
    {
        var price = TakeProfitPrice.For(Side.Sell, 100.40m, 0.02m, new TopOfBook(100.39m, 100.41m), Tick(0.01m));
        Assert.Equal(100.42m, price);
    }

    [Fact] // scenario 7, never crossing
    public void Take_profit_that_would_cross_moves_one_tick_above_the_bid()
    {
        var price = TakeProfitPrice.For(Side.Sell, 100.40m, 0.02m, new TopOfBook(100.50m, 100.60m), Tick(0.01m));
        Assert.Equal(100.51m, price);
    }

    [Fact] // scenario 8
    public void Sell_take_profit_is_tp_percent_below_the_open()
    {
        Assert.Equal(199.0m, TakeProfitPrice.For(Side.Buy, 200m, 0.5m, new TopOfBook(199.5m, 200.5m), Tick(0.1m)));
    }

    [Theory]
    [InlineData(Side.Sell, "99.99")]
    [InlineData(Side.Buy, "100.01")]
    public void Ioc_limit_is_the_tolerance_through_the_mid(Side side, string expected)
    {
        Assert.Equal(decimal.Parse(expected), IocPrice.For(side, 100.00m, 1m, Tick(0.01m)));
    }

    [Fact]
    public void Ioc_rounding_never_gives_away_more_than_the_tolerance()
    {
        // 100.05 * 0.9999 = 100.039995: a sell rounds up to 100.04, a buy (100.060005) down to 100.06
        Assert.Equal(100.04m, IocPrice.For(Side.Sell, 100.05m, 1m, Tick(0.01m)));
        Assert.Equal(100.06m, IocPrice.For(Side.Buy, 100.05m, 1m, Tick(0.01m)));
    }

    [Fact]
    public void Book_walk_prices_a_market_order_over_several_levels()
    {
        var book = new OrderBook([new BookLevel(100m, 1m), new BookLevel(99m, 1m)], [new BookLevel(101m, 0.5m), new BookLevel(102m, 2m)]);
        Assert.Equal(99.5m, book.AverageTakerPrice(Side.Sell, 2m));
        Assert.Equal(101.75m, book.AverageTakerPrice(Side.Buy, 2m));
        Assert.Null(book.AverageTakerPrice(Side.Sell, 3m));
    }
}
