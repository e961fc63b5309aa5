using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>
/// What the real venue does that a naive emulator would not: fills that name the taker side, refusals that arrive as
/// an accepted order closed with a reason, the minimum notional checked at the mark price, lost cancel answers, a
/// feed that silently loses messages, and the exact Content-Type header.
/// </summary>
public sealed class VenueFidelityTests
{
    private static long _sequence = 7_320_000_000_000_000_000;

    private static string NextId() => Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_maker_fill_is_reported_on_the_side_of_the_bot_s_order_although_the_wire_names_the_taker()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 41));
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var id = await RestingBuyThatFillsAsync(client, events);

        var streamed = events.Fills(id);
        Assert.All(streamed, f => Assert.Equal((Side.Buy, LiquidityRole.Maker), (f.Side, f.Role)));
        await using var fresh = await ParadexTestClients.ConnectedAsync(emulator); // knows nothing of the order: looks it up
        var fetched = await fresh.GetFillsAsync(id, CancellationToken.None);
        Assert.Equal(streamed.Select(f => f.FillId).Order(), fetched.Value.Select(f => f.FillId).Order());
        Assert.All(fetched.Value, f => Assert.Equal(Side.Buy, f.Side));
    }

    /// <summary>A post-only buy at the bid, placed again at the new bid while the market leaves it behind, until it fills.</summary>
    private static async Task<string> RestingBuyThatFillsAsync(ParadexClient client, EventLog events)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
            var id = NextId();
            Assert.True((await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid), CancellationToken.None)).IsSuccess);
            var deadline = DateTime.UtcNow.AddSeconds(3);
            while (DateTime.UtcNow < deadline && events.Fills(id).Count == 0)
            {
                await Task.Delay(50);
            }

            await client.CancelOrderAsync(id, CancellationToken.None);
            await Eventually.WaitAsync(() => events.Updates(id).Any(o => o.Status.IsTerminal()), $"{id} settled");
            if ((await client.GetOrderAsync(id, CancellationToken.None)).Value.FilledQuantity > 0)
            {
                await Eventually.WaitAsync(() => events.Fills(id).Sum(f => f.Quantity) == events.Updates(id).Max(o => o.FilledQuantity), $"{id} fills");
                return id;
            }
        }

        throw new InvalidOperationException("no resting buy filled in 20 tries");
    }

    [Theory]
    [InlineData("SELL", "MAKER", Side.Buy)]
    [InlineData("SELL", "TAKER", Side.Sell)]
    [InlineData("BUY", "MAKER", Side.Sell)]
    public void A_fill_of_an_order_the_client_never_saw_is_read_as_the_schema_says(string wireSide, string liquidity, Side expected)
    {
        var wire = new FillWire("1", "2", "c", "BTC-USD-PERP", wireSide, "0.01", "100000", "0.03", liquidity, 0);
        Assert.Equal(expected, OrderMapping.ToFill(wire, orderSide: null).Side);
        Assert.Equal(Side.Buy, OrderMapping.ToFill(wire, orderSide: Side.Buy).Side); // the order's own side wins when known
    }

    [Fact]
    public async Task An_order_closed_for_margin_after_acceptance_is_a_typed_rejection_over_rest_and_websocket()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();
        emulator.Faults.RejectNextOrders("NOT_ENOUGH_MARGIN");

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Sell, OrderKind.PostOnly, 0.01m, top.BestAsk + 50m), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString()); // 201: the venue accepted it
        Assert.Equal(OrderStatus.Pending, placed.Value.Status);
        await events.WaitForStatusAsync(id, OrderStatus.Rejected);
        var pushed = events.Updates(id).Last();
        var read = (await client.GetOrderAsync(id, CancellationToken.None)).Value;
        foreach (var snapshot in new[] { pushed, read })
        {
            Assert.Equal((OrderStatus.Rejected, "NOT_ENOUGH_MARGIN", VenueErrorKind.InsufficientMargin), (snapshot.Status, snapshot.CancelReason, snapshot.RejectionKind));
            Assert.Equal(VenueErrorKind.InsufficientMargin, snapshot.Rejection!.Kind);
        }

        Assert.DoesNotContain((await client.GetOpenOrdersAsync(CancellationToken.None)).Value, o => o.ClientOrderId == id);
    }

    [Fact]
    public async Task The_minimum_notional_is_checked_at_the_mark_price_and_refused_after_acceptance()
    {
        var market = ParadexEmulatorOptions.BusyBtc with { MinNotional = 150m, TakerArrivalProbability = 0 }; // mark about 100,000
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [market] });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var small = NextId();
        var lowPrice = NextId();

        // 0.001 at the mark is 100: too small, whatever the limit
        var refused = await client.PlaceOrderAsync(new OrderRequest(small, Side.Buy, OrderKind.PostOnly, 0.001m, 99_000m), CancellationToken.None);

        // 0.002 at 50,000 is 100 at its limit, but 200 at the mark: accepted, rests
        var rests = await client.PlaceOrderAsync(new OrderRequest(lowPrice, Side.Buy, OrderKind.PostOnly, 0.002m, 50_000m), CancellationToken.None);

        Assert.True(refused.IsSuccess && rests.IsSuccess, $"{refused} / {rests}");
        await events.WaitForStatusAsync(small, OrderStatus.Rejected);
        await events.WaitForStatusAsync(lowPrice, OrderStatus.Open);
        var rejected = (await client.GetOrderAsync(small, CancellationToken.None)).Value;
        Assert.Equal(("ORDER_SIZE_BELOW_MIN", VenueErrorKind.InvalidRequest), (rejected.CancelReason, rejected.Rejection!.Kind));
    }

    [Fact]
    public async Task A_cancel_whose_answer_is_lost_is_a_transient_error_and_the_order_is_found_cancelled()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();
        await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 50m), CancellationToken.None);
        await events.WaitForStatusAsync(id, OrderStatus.Open);
        emulator.Faults.LoseNextCancelAnswers();

        var cancel = await client.CancelOrderAsync(id, CancellationToken.None);

        Assert.False(cancel.IsSuccess);
        Assert.True(cancel.Error.IsTransient, cancel.Error.ToString()); // the desk asks again
        Assert.Equal(OrderStatus.Canceled, emulator.Order(id)!.Status);
        var again = await client.CancelOrderAsync(id, CancellationToken.None);
        Assert.False(again.IsSuccess || again.Error.IsTransient); // ORDER_IS_CLOSED: settled, look it up
        Assert.Equal(OrderStatus.Canceled, (await client.GetOrderAsync(id, CancellationToken.None)).Value.Status);
    }

    [Fact]
    public async Task Events_lost_on_an_open_connection_are_recovered_by_asking_over_rest()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var id = NextId();
        emulator.Faults.DropNextEvents(10);

        Assert.True((await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);
        await Eventually.WaitAsync(() => emulator.Faults.DroppedEvents >= 2, "the order's update and fill lost");

        Assert.Empty(events.Fills(id));
        Assert.Equal(1, emulator.Stats.WebSocketConnections); // a gap, not a drop: no StreamRestored tells the loop
        Assert.Equal(OrderStatus.Filled, (await client.GetOrderAsync(id, CancellationToken.None)).Value.Status);
        Assert.Equal(0.01m, (await client.GetFillsAsync(id, CancellationToken.None)).Value.Sum(f => f.Quantity));
    }

    [Fact]
    public async Task Request_bodies_are_sent_as_application_json_without_a_charset()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        Assert.True((await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);

        Assert.Equal(["application/json"], emulator.Stats.ContentTypes);
    }
}
