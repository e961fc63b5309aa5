using VolumeBot.Core.Accounting;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Accounting;

public class CostLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static TrackedOrder Order(OrderPurpose purpose, Side side, decimal quantity, decimal mid)
    {
        var tracker = new OrderTracker(TimeProvider.System);
        return tracker.Track(new OrderRequest($"c-{purpose}-{side}", side, OrderKind.Market, quantity, null), purpose, 3, mid, "market");
    }

    [Fact]
    public void A_fill_reported_twice_is_counted_once()
    {
        var journal = new ListJournal();
        var ledger = new CostLedger(journal, Side.Buy);
        var fill = new Fill("f1", "o1", "c1", Side.Buy, 1m, 100m, 0.003m, LiquidityRole.Maker, T0);
        Assert.True(ledger.Record(fill, null));
        Assert.False(ledger.Record(fill, null));
        Assert.Single(journal.Records);
        Assert.Equal(100m, ledger.QuoteVolume);
    }

    [Fact]
    public void Cost_is_fees_plus_slippage_against_the_reference_mid()
    {
        var journal = new ListJournal();
        var ledger = new CostLedger(journal, Side.Buy);
        var open = Order(OrderPurpose.Open, Side.Buy, 1m, 100.05m);
        var close = Order(OrderPurpose.Close, Side.Sell, 1m, 100.05m);
        ledger.Record(new Fill("f1", "o1", open.ClientOrderId, Side.Buy, 1m, 100.0m, 0.003m, LiquidityRole.Maker, T0), open);
        ledger.Record(new Fill("f2", "o2", close.ClientOrderId, Side.Sell, 1m, 99.9m, 0.045m, LiquidityRole.Taker, T0), close);

        Assert.Equal(0.003m, ledger.MakerFees);
        Assert.Equal(0.045m, ledger.TakerFees);
        Assert.Equal(-0.05m + 0.15m, ledger.Slippage); // bought 0.05 under the mid, sold 0.15 under it
        Assert.Equal(0.148m, ledger.TotalCost);
        Assert.Equal(0.148m / 199.9m * 10_000m, ledger.CostBps);
    }

    [Fact]
    public void Rows_carry_the_role_the_close_method_and_partial_status()
    {
        var journal = new ListJournal();
        var ledger = new CostLedger(journal, Side.Buy);
        var close = Order(OrderPurpose.Close, Side.Sell, 1m, 100m);
        var fill = new Fill("f1", "o1", close.ClientOrderId, Side.Sell, 0.4m, 99.9m, -0.001m, LiquidityRole.Taker, T0);
        ledger.Record(fill, close);

        var row = Assert.Single(journal.Records);
        Assert.Equal(("CLOSE", "market", "PARTIALLY_FILLED", 100m, 3), (row.TradeRole, row.CloseMethod, row.Status, row.ReferenceMid!.Value, row.Cycle!.Value));
        Assert.Equal(-0.001m / (0.4m * 99.9m) * 100m, row.FeeRatePercent, 8);
    }

    [Fact]
    public void A_maker_fill_reported_with_the_taker_side_counts_on_the_side_of_the_bot_s_order()
    {
        var journal = new ListJournal();
        var ledger = new CostLedger(journal, Side.Buy);
        var open = Order(OrderPurpose.Open, Side.Buy, 1m, 100.05m);
        var takeProfit = Order(OrderPurpose.TakeProfit, Side.Sell, 1m, 100.05m);

        // Paradex documents a fill's side as the taker's: SELL when the bot's resting buy was hit, and the reverse
        ledger.Record(new Fill("f1", "o1", open.ClientOrderId, Side.Sell, 1m, 100.0m, 0.003m, LiquidityRole.Maker, T0), open);
        ledger.Record(new Fill("f2", "o2", takeProfit.ClientOrderId, Side.Buy, 0.4m, 101.0m, 0.001m, LiquidityRole.Maker, T0), takeProfit);

        Assert.Equal(0.6m, ledger.NetPosition);
        Assert.Equal(-0.05m * 1m - 0.95m * 0.4m, ledger.Slippage); // bought under the mid, sold above it: both gains
        Assert.Equal([(Side.Buy, "OPEN"), (Side.Sell, "CLOSE")], journal.Records.Select(r => (r.Side, r.TradeRole)));
    }

    [Fact]
    public void Fill_of_an_order_the_bot_does_not_track_is_classified_by_side()
    {
        var journal = new ListJournal();
        var ledger = new CostLedger(journal, Side.Sell);
        ledger.Record(new Fill("f1", "o1", null, Side.Buy, 1m, 100m, 0m, LiquidityRole.Maker, T0), null);
        Assert.Equal(("CLOSE", "FILLED", "o1"), (journal.Records[0].TradeRole, journal.Records[0].Status, journal.Records[0].OrderId));
    }
}
