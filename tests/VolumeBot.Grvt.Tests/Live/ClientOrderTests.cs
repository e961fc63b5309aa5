using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

public class ClientOrderTests
{
    private static long _ids = 7312345678000000000;

    private static string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Fills_carry_fees_with_at_most_6_decimals_as_real_grvt_fills_do()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var ids = Enumerable.Range(0, 4).Select(_ => NextId()).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await venue.Client.PlaceOrderAsync(new OrderRequest(id, i % 2 == 0 ? Side.Buy : Side.Sell, OrderKind.Market, 0.13m, null), CancellationToken.None);
        }

        var fills = new List<Fill>();
        foreach (var id in ids)
        {
            fills.AddRange((await venue.Client.GetFillsAsync(id, CancellationToken.None)).Value);
        }

        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.True(decimal.Round(f.Fee, 6) == f.Fee, $"fee {f.Fee}"));
        Assert.All(venue.Emulator.Fills, f => Assert.True(decimal.Round(f.Fee, 6) == f.Fee, $"fee {f.Fee}"));
    }

    [Fact]
    public async Task Requests_say_application_json_without_a_charset()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await venue.Client.GetOpenOrdersAsync(CancellationToken.None);

        Assert.Equal(["application/json"], venue.Emulator.ContentTypes);
    }

    [Fact]
    public async Task A_resting_post_only_is_tracked_by_client_id_and_cancelled()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();
        var id = NextId();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.1m, top.BestBid - 0.5m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.Equal(OrderStatus.Pending, placed.Value.Status); // GRVT answers before the engine: order id 0x00
        Assert.Equal(id, placed.Value.ClientOrderId);
        Assert.Null(placed.Value.VenueOrderId);
        var open = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id);
        Assert.Equal(OrderStatus.Open, open.Order.Status);
        Assert.StartsWith("0x", open.Order.VenueOrderId, StringComparison.Ordinal);
        Assert.Equal(OrderKind.PostOnly, open.Order.Kind);
        var listed = await venue.Client.GetOpenOrdersAsync(CancellationToken.None);
        Assert.Contains(listed.Value, o => o.ClientOrderId == id);

        var cancel = await venue.Client.CancelOrderAsync(id, CancellationToken.None);

        Assert.True(cancel.IsSuccess && cancel.Value, cancel.ToString());
        var cancelled = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
        Assert.Equal(OrderStatus.Canceled, cancelled.Order.Status);
        Assert.Equal("CLIENT_CANCEL", cancelled.Order.CancelReason);
        var queried = await venue.Client.GetOrderAsync(id, CancellationToken.None);
        Assert.Equal(OrderStatus.Canceled, queried.Value.Status);
        Assert.Equal("CANCELLED", queried.Value.RawStatus);
        Assert.Equal(open.Order.VenueOrderId, queried.Value.VenueOrderId);
    }

    [Fact]
    public async Task A_crossing_post_only_ends_rejected_with_FAIL_POST_ONLY()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();
        var id = NextId();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.1m, top.BestAsk + 1m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        var rejected = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id);
        Assert.Equal(OrderStatus.Rejected, rejected.Order.Status);
        Assert.Equal("FAIL_POST_ONLY", rejected.Order.CancelReason);
        Assert.Equal(OrderStatus.Rejected, (await venue.Client.GetOrderAsync(id, CancellationToken.None)).Value.Status);
    }

    [Fact]
    public async Task An_injected_post_only_rejection_looks_the_same_to_the_client()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();
        var id = NextId();
        venue.Emulator.Faults.RejectNextPostOnly();

        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Sell, OrderKind.PostOnly, 0.1m, top.BestAsk + 1m), CancellationToken.None);

        var rejected = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id);
        Assert.Equal(OrderStatus.Rejected, rejected.Order.Status);
        Assert.Equal("FAIL_POST_ONLY", rejected.Order.CancelReason);
    }

    [Fact]
    public async Task An_ioc_fills_as_taker_with_its_fee_on_the_stream_and_in_fill_history()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();
        var id = NextId();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.ImmediateOrCancel, 0.5m, top.BestAsk + 0.2m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        var done = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
        Assert.Equal(OrderKind.ImmediateOrCancel, done.Order.Kind);
        var emulated = venue.Emulator.Fills.Where(f => f.ClientOrderId == id).ToList();
        Assert.NotEmpty(emulated);
        Assert.Equal(emulated.Sum(f => f.Size), done.Order.FilledQuantity);
        var streamed = venue.Seen.OfType<FillReported>().Select(f => f.Fill).Where(f => f.ClientOrderId == id).ToList();
        var history = await venue.Client.GetFillsAsync(id, CancellationToken.None);
        Assert.True(history.IsSuccess, history.ToString());
        foreach (var fills in new[] { streamed, history.Value.ToList() })
        {
            Assert.Equal(emulated.Select(f => f.TradeId).Order(), fills.Select(f => f.FillId).Order());
            Assert.All(fills, f => Assert.Equal(LiquidityRole.Taker, f.Role));
            Assert.All(fills, f => Assert.Equal(Side.Buy, f.Side));
            Assert.All(fills, f => Assert.Equal(decimal.Round(f.Notional * 0.00055m, 6, MidpointRounding.AwayFromZero), f.Fee)); // GRVT taker 0.055 %, reported to 6 decimals
            Assert.All(fills, f => Assert.Equal(done.Order.VenueOrderId, f.VenueOrderId));
        }

        Assert.Equal(0.055m, emulated[0].FeeRatePercent); // fee_rate is already percent
    }

    [Fact]
    public async Task Market_orders_open_and_a_reduce_only_market_order_flattens()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var open = NextId();
        var close = NextId();

        await venue.Client.PlaceOrderAsync(new OrderRequest(open, Side.Sell, OrderKind.Market, 0.3m, null), CancellationToken.None);
        var opened = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == open && e.Order.Status.IsTerminal());
        Assert.Equal(OrderStatus.Filled, opened.Order.Status);
        Assert.Equal(OrderKind.Market, opened.Order.Kind);
        Assert.Equal(-0.3m, (await venue.Client.GetPositionAsync(CancellationToken.None)).Value.SignedSize);

        await venue.Client.PlaceOrderAsync(new OrderRequest(close, Side.Buy, OrderKind.Market, 0.3m, null, ReduceOnly: true), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == close && e.Order.Status == OrderStatus.Filled);

        Assert.Equal(0m, (await venue.Client.GetPositionAsync(CancellationToken.None)).Value.SignedSize);
        Assert.Equal(0m, venue.Emulator.Position);
    }

    [Fact]
    public async Task A_reduce_only_order_with_no_position_is_rejected()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var id = NextId();

        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null, ReduceOnly: true), CancellationToken.None);

        var rejected = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id);
        Assert.Equal(OrderStatus.Rejected, rejected.Order.Status);
        Assert.Equal("FAIL_REDUCE_ONLY", rejected.Order.CancelReason);
    }

    [Fact]
    public async Task A_limit_order_rests_below_the_touch_and_takes_when_it_crosses()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();
        var resting = NextId();
        var crossing = NextId();

        await venue.Client.PlaceOrderAsync(new OrderRequest(resting, Side.Sell, OrderKind.Limit, 0.1m, top.BestAsk + 2m), CancellationToken.None);
        await venue.Client.PlaceOrderAsync(new OrderRequest(crossing, Side.Buy, OrderKind.Limit, 0.1m, top.BestAsk + 0.5m), CancellationToken.None);

        var rests = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == resting);
        Assert.Equal(OrderStatus.Open, rests.Order.Status);
        Assert.Equal(OrderKind.Limit, rests.Order.Kind);
        var takes = await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == crossing && e.Order.Status == OrderStatus.Filled);
        Assert.True(takes.Order.AverageFillPrice <= top.BestAsk + 0.5m);
        await venue.Client.CancelOrderAsync(resting, CancellationToken.None);
    }

    [Fact]
    public async Task An_unknown_client_order_id_is_not_found()
    {
        await using var venue = await GrvtTestVenue.StartAsync();

        var order = await venue.Client.GetOrderAsync("7399999999999999999", CancellationToken.None);
        var cancel = await venue.Client.CancelOrderAsync("7399999999999999999", CancellationToken.None);

        Assert.Equal(VenueErrorKind.NotFound, order.Error?.Kind);
        Assert.Equal(VenueErrorKind.NotFound, cancel.Error?.Kind);
    }

    [Fact]
    public async Task Orders_the_venue_would_refuse_are_caught_before_signing()
    {
        await using var venue = await GrvtTestVenue.StartAsync();

        var notNumeric = await venue.Client.PlaceOrderAsync(new OrderRequest("bot-1", Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        var noPrice = await venue.Client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.PostOnly, 0.1m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.InvalidRequest, notNumeric.Error?.Kind);
        Assert.Equal(VenueErrorKind.InvalidRequest, noPrice.Error?.Kind);
    }

    [Fact]
    public async Task An_off_tick_price_is_refused_by_the_venue_as_an_invalid_request()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var top = await venue.TopAsync();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.PostOnly, 0.1m, top.BestBid - 0.005m), CancellationToken.None);

        Assert.Equal(VenueErrorKind.InvalidRequest, placed.Error?.Kind);
        Assert.Contains("2064", placed.Error!.Message, StringComparison.Ordinal);
    }
}
