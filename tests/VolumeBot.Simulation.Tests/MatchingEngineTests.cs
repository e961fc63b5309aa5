using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Tests;

public class MatchingEngineTests
{
    private const string Account = "a";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private int _ids;

    private static MarketModelOptions Options => MarketModelOptions.ForTicker("paradex", "BTC");

    private MatchingEngine Engine(int seed = 1, MarketModelOptions? options = null) =>
        new(new MarketModel(options ?? Options, seed), FeeSchedule.Paradex, _time);

    private OrderRequest Request(Side side, OrderKind kind, decimal quantity, decimal? price = null, bool reduceOnly = false) =>
        new($"c{++_ids}", side, kind, quantity, price, reduceOnly);

    [Fact]
    public void Post_only_that_would_cross_is_rejected_and_never_fills()
    {
        var engine = Engine();
        var top = engine.Top;
        var order = engine.Submit(Account, Request(Side.Buy, OrderKind.PostOnly, 0.01m, top.BestAsk)).Order!;
        Assert.Equal((OrderStatus.Rejected, RejectReasons.PostOnlyWouldCross, 0m), (order.Status, order.CancelReason, order.Filled));
        Assert.Empty(engine.OpenOrders(Account));
    }

    [Fact]
    public void Post_only_inside_the_spread_rests()
    {
        var engine = Engine();
        var order = engine.Submit(Account, Request(Side.Sell, OrderKind.PostOnly, 0.01m, engine.Top.BestAsk)).Order!;
        Assert.Equal(OrderStatus.Open, order.Status);
        Assert.Single(engine.OpenOrders(Account));
    }

    [Fact]
    public void Ioc_takes_what_it_can_up_to_its_limit_and_never_rests()
    {
        var engine = Engine();
        var top = engine.Top;
        var quantity = engine.Book(1).Asks[0].Size + 1m; // more than the best level shows
        var order = engine.Submit(Account, Request(Side.Buy, OrderKind.ImmediateOrCancel, quantity, top.BestAsk)).Order!;
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.True(order.Filled > 0 && order.Filled < quantity);
        Assert.Equal(top.BestAsk, order.AveragePrice);
        Assert.Empty(engine.OpenOrders(Account));
    }

    [Fact]
    public void Market_order_walks_the_book_and_pays_taker_fees()
    {
        var engine = Engine();
        var book = engine.Book(10);
        var quantity = engine.Rules.RoundSizeDown(book.Asks[0].Size + book.Asks[1].Size / 2);
        var expected = book.AverageTakerPrice(Side.Buy, quantity);
        var order = engine.Submit(Account, Request(Side.Buy, OrderKind.Market, quantity)).Order!;
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(expected, order.AveragePrice);
        var fills = engine.Fills(Account, order.Request.ClientOrderId);
        Assert.Equal(2, fills.Count);
        Assert.All(fills, f => Assert.Equal((LiquidityRole.Taker, f.Notional * FeeSchedule.Paradex.TakerRate), (f.Role, f.Fee)));
        Assert.Equal(quantity, engine.Position(Account));
    }

    [Fact]
    public void Resting_order_is_filled_by_other_traders_as_maker()
    {
        var engine = Engine(seed: 3);
        var order = engine.Submit(Account, Request(Side.Buy, OrderKind.PostOnly, 0.01m, engine.Top.BestAsk - 0.1m)).Order!;
        for (var i = 0; i < 600 && order.Status != OrderStatus.Filled; i++)
        {
            _time.Advance(Options.StepInterval);
            engine.AdvanceTo(_time.GetUtcNow());
        }

        Assert.Equal(OrderStatus.Filled, order.Status);
        var fill = Assert.Single(engine.Fills(Account, order.Request.ClientOrderId));
        Assert.Equal((LiquidityRole.Maker, order.Request.Price!.Value), (fill.Role, fill.Price));
        Assert.Equal(fill.Notional * FeeSchedule.Paradex.MakerRate, fill.Fee);
    }

    [Fact]
    public void Large_resting_order_fills_in_parts()
    {
        var engine = Engine(seed: 5, Options with { DailyVolatilityPercent = 0, SpreadWideningProbability = 0 });
        var price = engine.Top.BestAsk - 0.1m;
        var order = engine.Submit(Account, Request(Side.Buy, OrderKind.PostOnly, 0.5m, price)).Order!;
        var seenPartial = false;
        for (var i = 0; i < 2000 && order.Status != OrderStatus.Filled; i++)
        {
            _time.Advance(Options.StepInterval);
            engine.AdvanceTo(_time.GetUtcNow());
            seenPartial |= order.Status == OrderStatus.PartiallyFilled;
        }

        Assert.True(seenPartial);
        Assert.True(engine.Fills(Account, order.Request.ClientOrderId).Count > 1);
    }

    [Fact]
    public void Reduce_only_cannot_open_or_flip_a_position()
    {
        var engine = Engine();
        var rejected = engine.Submit(Account, Request(Side.Sell, OrderKind.Market, 0.01m, reduceOnly: true)).Order!;
        Assert.Equal(OrderStatus.Rejected, rejected.Status);
        engine.Submit(Account, Request(Side.Buy, OrderKind.Market, 0.01m));
        var close = engine.Submit(Account, Request(Side.Sell, OrderKind.Market, 0.05m, reduceOnly: true)).Order!;
        Assert.Equal((OrderStatus.Filled, 0.01m), (close.Status, close.Filled));
        Assert.Equal(0m, engine.Position(Account));
    }

    [Fact]
    public void Same_seed_gives_the_same_market()
    {
        static List<(decimal, decimal, int)> Path(int seed)
        {
            var model = new MarketModel(Options, seed);
            return Enumerable.Range(0, 500).Select(_ => (model.BestBid, model.BestAsk, model.Step().Count)).ToList();
        }

        Assert.Equal(Path(11), Path(11));
        Assert.NotEqual(Path(11), Path(12));
    }

    [Fact]
    public void Duplicate_client_id_is_refused()
    {
        var engine = Engine();
        var request = Request(Side.Buy, OrderKind.Market, 0.01m);
        Assert.NotNull(engine.Submit(Account, request).Order);
        Assert.Equal("DUPLICATED_CLIENT_ID", engine.Submit(Account, request).Error);
    }

    [Fact]
    public void Prices_off_the_tick_grid_are_refused()
    {
        var engine = Engine();
        Assert.Equal("INVALID_PRICE", engine.Submit(Account, Request(Side.Buy, OrderKind.PostOnly, 0.01m, 50_000.05m)).Error);
    }
}
