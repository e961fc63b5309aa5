using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Rate limits, 5xx, lost answers and a dropped WebSocket, injected by the emulator.</summary>
public sealed class FaultTests
{
    private static long _sequence = 7_310_000_000_000_000_000;

    private static string NextId() => Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Reads_back_off_and_retry_through_rate_limits_and_transient_errors(int status)
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        emulator.Faults.FailNextRequests(3, status, "GET /v1/positions");

        var position = await client.GetPositionAsync(CancellationToken.None);

        Assert.True(position.IsSuccess, position.ToString());
        Assert.Equal(3, emulator.Stats.FaultedRequests);
    }

    [Fact]
    public async Task A_read_that_keeps_failing_returns_a_transient_error()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { BookMaxAge = TimeSpan.Zero }); // the touch over REST
        emulator.Faults.FailNextRequests(100, 429, "GET /v1/bbo");

        var top = await client.GetTopOfBookAsync(CancellationToken.None);

        Assert.Equal(VenueErrorKind.RateLimited, top.Error!.Kind);
        Assert.True(top.Error.IsTransient);
        Assert.Equal(5, emulator.Stats.FaultedRequests); // the first try and four retries
    }

    [Fact]
    public async Task A_rate_limited_submission_is_not_retried_and_says_it_is_safe_to_send_again()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        emulator.Faults.FailNextRequests(1, 429, "POST /v1/orders");

        var placed = await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.RateLimited, placed.Error!.Kind);
        Assert.Equal(1, emulator.Stats.FaultedRequests);
        Assert.Empty(emulator.Orders());
    }

    [Fact]
    public async Task A_5xx_on_submission_is_an_unknown_outcome_and_is_not_retried()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        emulator.Faults.FailNextRequests(1, 502, "POST /v1/orders");

        var placed = await client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.UnknownOutcome, placed.Error!.Kind);
        Assert.False(placed.Error.IsTransient);
        Assert.Equal(1, emulator.Stats.FaultedRequests);
        Assert.Empty(emulator.Orders());
    }

    [Fact]
    public async Task An_accepted_order_whose_answer_is_cut_off_is_an_unknown_outcome_and_can_be_looked_up()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        var id = NextId();
        emulator.Faults.TimeOutNextOrder();

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.01m, top.BestBid - 5m), CancellationToken.None);

        Assert.Equal(VenueErrorKind.UnknownOutcome, placed.Error!.Kind);
        Assert.Single(emulator.Orders(), o => o.ClientId == id);
        Assert.Single(emulator.Orders());
        var found = await client.GetOrderAsync(id, CancellationToken.None);
        Assert.Equal(OrderStatus.Open, found.Value.Status);
        Assert.Equal([id], emulator.Faults.TimedOutClientIds);
    }

    [Fact]
    public async Task A_submission_that_times_out_is_an_unknown_outcome_and_no_second_order_is_sent()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { SubmitTimeout = TimeSpan.FromMilliseconds(300) });
        var id = NextId();
        emulator.Faults.TimeOutNextOrder(hold: TimeSpan.FromSeconds(3));

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.UnknownOutcome, placed.Error!.Kind);
        Assert.Contains("timed out", placed.Error.Message, StringComparison.Ordinal);
        Assert.Single(emulator.Orders());
        Assert.Equal(OrderStatus.Filled, (await client.GetOrderAsync(id, CancellationToken.None)).Value.Status);
        Assert.Equal(0.01m, (await client.GetFillsAsync(id, CancellationToken.None)).Value.Sum(f => f.Quantity));
    }

    [Fact]
    public async Task Websocket_drop_reconnects_reauthenticates_resubscribes_and_reports_the_restoration()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var tokensBefore = client.TokensIssued;
        emulator.RevokeTokens(); // the reconnect must not reuse the token the first connection used

        emulator.Faults.DropWebSockets(downFor: TimeSpan.FromMilliseconds(400));
        var missed = NextId();
        Assert.True((await client.PlaceOrderAsync(new OrderRequest(missed, Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None)).IsSuccess);

        await Eventually.WaitAsync(() => events.All.OfType<StreamRestored>().Any(), "StreamRestored");
        Assert.Empty(events.Fills(missed)); // pushed while the stream was down: lost on the wire
        var recovered = await client.GetFillsAsync(missed, CancellationToken.None); // what the loop does on StreamRestored
        Assert.Equal(emulator.Fills().Where(f => f.ClientOrderId == missed).Select(f => f.FillId).Order(), recovered.Value.Select(f => f.FillId).Order());
        Assert.True(client.TokensIssued > tokensBefore);
        Assert.Equal(4, emulator.Stats.Subscriptions);

        var after = NextId();
        await client.PlaceOrderAsync(new OrderRequest(after, Side.Sell, OrderKind.Market, 0.01m, null, ReduceOnly: true), CancellationToken.None);
        await events.WaitForStatusAsync(after, OrderStatus.Filled);
        await Eventually.WaitAsync(() => events.Fills(after).Sum(f => f.Quantity) == 0.01m, "fills on the new connection");
    }

    [Fact]
    public async Task Duplicated_and_delayed_events_are_passed_on_in_order()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        await using var events = new EventLog(client);
        var id = NextId();
        emulator.Faults.DuplicateEvents(100);
        emulator.Faults.DelayEvents(TimeSpan.FromMilliseconds(200), 1);

        var placed = await client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.01m, null), CancellationToken.None);
        await events.WaitForStatusAsync(id, OrderStatus.Filled);

        Assert.True(placed.IsSuccess);
        var fills = events.Fills(id);
        Assert.Equal(2 * fills.Select(f => f.FillId).Distinct().Count(), fills.Count);
        Assert.Equal(2, events.Updates(id).Count(o => o.Status == OrderStatus.Filled));
    }
}
