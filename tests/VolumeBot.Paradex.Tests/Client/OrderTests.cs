using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Each order kind on the wire, statuses normalised (scenario 25), cancels, fills and positions.</summary>
public sealed class OrderTests
{
    private static long _sequence = 7_300_000_000_000_000_000;

    private static string NextId() => Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Post_only_rests_is_found_by_client_id_listed_and_cancelled()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 5m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.Equal(id, placed.Value.ClientOrderId);
        Assert.False(string.IsNullOrEmpty(placed.Value.VenueOrderId));
        Assert.Equal(OrderStatus.Pending, placed.Value.Status); // Paradex answers NEW
        await events.WaitForStatusAsync(id, OrderStatus.Open);
        var found = await client.GetOrderAsync(id, CancellationToken.None);
        Assert.Equal((OrderStatus.Open, OrderKind.PostOnly, 0.01m, top.BestBid - 5m, placed.Value.VenueOrderId), (found.Value.Status, found.Value.Kind, found.Value.Quantity, found.Value.Price, found.Value.VenueOrderId));
        Assert.Contains((await client.GetOpenOrdersAsync(CancellationToken.None)).Value, o => o.ClientOrderId == id);

        Assert.True((await client.CancelOrderAsync(id, CancellationToken.None)).IsSuccess);
        await events.WaitForStatusAsync(id, OrderStatus.Canceled);
        var cancelled = await client.GetOrderAsync(id, CancellationToken.None); // from the history: the open-order lookup no longer knows it
        Assert.Equal(OrderStatus.Canceled, cancelled.Value.Status);
        Assert.Equal("USER_CANCELED", cancelled.Value.CancelReason);
        Assert.DoesNotContain((await client.GetOpenOrdersAsync(CancellationToken.None)).Value, o => o.ClientOrderId == id);
        var again = await client.CancelOrderAsync(id, CancellationToken.None);
        Assert.False(again.IsSuccess);
        Assert.False(again.Error.IsTransient);
    }

    [Fact]
    public async Task Crossing_post_only_comes_back_rejected_with_the_reason()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestAsk + 1m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        await events.WaitForStatusAsync(id, OrderStatus.Rejected);
        var found = await client.GetOrderAsync(id, CancellationToken.None);
        Assert.Equal((OrderStatus.Rejected, "POST_ONLY_WOULD_CROSS", 0m, "CLOSED"), (found.Value.Status, found.Value.CancelReason, found.Value.FilledQuantity, found.Value.RawStatus));
        Assert.Empty(emulator.Fills());
    }

    [Fact]
    public async Task Forced_post_only_rejection_looks_the_same_to_the_client()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();
        emulator.Faults.RejectNextPostOnly();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 10m), CancellationToken.None);

        Assert.True(placed.IsSuccess);
        await events.WaitForStatusAsync(id, OrderStatus.Rejected);
        Assert.Equal("POST_ONLY_WOULD_CROSS", (await client.GetOrderAsync(id, CancellationToken.None)).Value.CancelReason);
    }

    [Fact]
    public async Task Ioc_and_market_orders_fill_as_takers_with_fees_and_move_the_position()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var ioc = NextId();

        var placed = await client.PlaceOrderAsync(new OrderRequest(ioc, Side.Buy, OrderKind.ImmediateOrCancel, 0.02m, top.BestAsk + 2m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        await events.WaitForStatusAsync(ioc, OrderStatus.Filled);
        var iocFills = (await client.GetFillsAsync(ioc, CancellationToken.None)).Value;
        Assert.Equal(0.02m, iocFills.Sum(f => f.Quantity));
        Assert.All(iocFills, f => Assert.Equal((LiquidityRole.Taker, Side.Buy, ioc), (f.Role, f.Side, f.ClientOrderId)));
        Assert.All(iocFills, f => Assert.True(f.Fee > 0));
        Assert.Equal(iocFills.Select(f => f.FillId).Order(), events.Fills(ioc).Select(f => f.FillId).Order());
        var filled = await client.GetOrderAsync(ioc, CancellationToken.None);
        Assert.Equal((OrderStatus.Filled, OrderKind.ImmediateOrCancel, 0.02m), (filled.Value.Status, filled.Value.Kind, filled.Value.FilledQuantity));
        Assert.Equal(iocFills.Sum(f => f.Notional) / 0.02m, filled.Value.AverageFillPrice!.Value, 6);
        Assert.Equal(0.02m, (await client.GetPositionAsync(CancellationToken.None)).Value.SignedSize);

        var market = NextId();
        Assert.True((await client.PlaceOrderAsync(new OrderRequest(market, Side.Sell, OrderKind.Market, 0.03m, null, ReduceOnly: true), CancellationToken.None)).IsSuccess);
        await events.WaitForStatusAsync(market, OrderStatus.Filled);
        var marketOrder = (await client.GetOrderAsync(market, CancellationToken.None)).Value;
        Assert.Equal((OrderKind.Market, (decimal?)null, 0.02m), (marketOrder.Kind, marketOrder.Price, marketOrder.FilledQuantity)); // reduce-only: capped at the position
        Assert.Equal(0m, (await client.GetPositionAsync(CancellationToken.None)).Value.SignedSize);
        Assert.Equal(emulator.Fills().Select(f => f.FillId).Order(), events.All.OfType<FillReported>().Select(f => f.Fill.FillId).Order());
    }

    [Fact]
    public async Task Crossing_gtc_limit_takes_and_sell_side_gives_a_short_position()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();

        await client.PlaceOrderAsync(new OrderRequest(id, Side.Sell, OrderKind.Limit, 0.01m, top.BestBid - 1m), CancellationToken.None);

        await events.WaitForStatusAsync(id, OrderStatus.Filled);
        Assert.Equal(OrderKind.Limit, (await client.GetOrderAsync(id, CancellationToken.None)).Value.Kind);
        Assert.Equal(-0.01m, (await client.GetPositionAsync(CancellationToken.None)).Value.SignedSize);
    }

    [Fact]
    public async Task Price_and_size_are_quantized_to_the_market_before_signing()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.0109m, top.BestBid - 10.07m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        var accepted = Assert.Single(emulator.Orders(), o => o.ClientId == id);
        Assert.Equal(0.010m, accepted.Request.Quantity);
        Assert.Equal(top.BestBid - 10.1m, accepted.Request.Price);
        Assert.Equal(0, emulator.Stats.SignatureRejections);
    }

    [Fact]
    public async Task Order_below_the_size_increment_is_refused_locally()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        var placed = await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.0004m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.InvalidRequest, placed.Error!.Kind);
        Assert.Empty(emulator.Orders());
    }

    [Fact]
    public async Task Unknown_client_id_is_not_found()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        Assert.Equal(VenueErrorKind.NotFound, (await client.GetOrderAsync("7399", CancellationToken.None)).Error!.Kind);
        Assert.Equal(VenueErrorKind.NotFound, (await client.GetFillsAsync("7399", CancellationToken.None)).Error!.Kind);
        Assert.Equal(VenueErrorKind.NotFound, (await client.CancelOrderAsync("7399", CancellationToken.None)).Error!.Kind);
    }
}
