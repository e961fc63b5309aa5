using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.LiveData;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Tests;

/// <summary>The engine's public tape: what a venue emulator publishes as GET /trades.</summary>
public class PublicTradesTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly LiveFeedMarket _market = new(Step) { Rules = new MarketRules("BTC-USD-PERP", 0.1m, 0.001m, 0.001m, 0m) };

    private MatchingEngine Engine()
    {
        _market.Publish(new OrderBook([new BookLevel(100m, 0.2m), new BookLevel(99.9m, 1m)], [new BookLevel(100.1m, 0.3m), new BookLevel(100.2m, 1m)]), []);
        _market.Step();
        return new MatchingEngine(_market, FeeSchedule.Paradex, _time);
    }

    [Fact]
    public void Other_traders_flow_is_published_at_the_touch_with_the_takers_side()
    {
        var engine = Engine();
        _market.Publish(engine.Book(2), [new PublicTrade("x", Side.Sell, 100m, 0.4m, _time.GetUtcNow()), new PublicTrade("y", Side.Buy, 100.1m, 0.1m, _time.GetUtcNow())]);
        _time.Advance(Step);

        var trades = engine.RecentPublicTrades(10);
        Assert.Equal([(Side.Buy, 100.1m, 0.1m), (Side.Sell, 100m, 0.4m)], trades.Select(t => (t.TakerSide, t.Price, t.Size))); // newest first
        Assert.Equal(2, trades.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void A_taker_execution_is_published_per_level_it_took()
    {
        var engine = Engine();
        var order = engine.Submit("a", new OrderRequest("c1", Side.Buy, OrderKind.Market, 0.5m, null)).Order!;

        var fills = engine.Fills("a", "c1");
        var trades = engine.RecentPublicTrades(10).Reverse().ToList();
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(fills.Select(f => (Side.Buy, f.Price, f.Quantity)), trades.Select(t => (t.TakerSide, t.Price, t.Size)));
        Assert.Equal([(100.1m, 0.3m), (100.2m, 0.2m)], trades.Select(t => (t.Price, t.Size)));
    }

    [Fact]
    public void Resting_orders_add_no_trade_of_their_own_and_the_tape_is_bounded()
    {
        var engine = Engine();
        engine.Submit("a", new OrderRequest("c1", Side.Buy, OrderKind.PostOnly, 0.1m, 100m));
        Assert.Empty(engine.RecentPublicTrades(10));

        var many = Enumerable.Range(0, MatchingEngine.PublicTradeCapacity + 50).Select(i => new PublicTrade($"{i}", Side.Sell, 100m, 0.01m, _time.GetUtcNow()));
        _market.Publish(engine.Book(2), many);
        _time.Advance(Step);

        var tape = engine.RecentPublicTrades(int.MaxValue);
        Assert.Equal(MatchingEngine.PublicTradeCapacity, tape.Count);
        Assert.Equal($"{MatchingEngine.PublicTradeCapacity + 50}", tape[0].Id);
        Assert.Equal(OrderStatus.Filled, engine.Find("a", "c1")!.Status); // the flow still filled the resting order
    }
}
