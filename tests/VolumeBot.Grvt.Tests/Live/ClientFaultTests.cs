using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

/// <summary>Submissions are never repeated by the client; the stream recovers from drops and gaps and says so.</summary>
public class ClientFaultTests
{
    private static long _ids = 7322345678000000000;

    private static string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_timed_out_submission_is_an_unknown_outcome_and_is_not_sent_again()
    {
        await using var venue = await GrvtTestVenue.StartAsync(requestTimeout: TimeSpan.FromSeconds(1));
        await venue.TopAsync();
        var id = NextId();
        venue.Emulator.Faults.TimeOutNextCreateOrder();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Sell, OrderKind.Market, 0.1m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.UnknownOutcome, placed.Error?.Kind);
        Assert.False(placed.Error!.IsTransient);
        Assert.Equal(1, venue.Emulator.CreateAttempts(id));
        var found = await venue.Client.GetOrderAsync(id, CancellationToken.None); // how the loop resolves it
        Assert.True(found.IsSuccess, found.ToString());
        Assert.Equal(OrderStatus.Filled, found.Value.Status);
        Assert.Equal(-0.1m, venue.Emulator.Position);
    }

    [Fact]
    public async Task A_rate_limited_submission_comes_back_as_rate_limited_and_creates_nothing()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var id = NextId();
        venue.Emulator.Faults.RateLimitNext(1, "create_order");

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.RateLimited, placed.Error?.Kind);
        Assert.Equal(1, venue.Emulator.CreateAttempts(id));
        Assert.DoesNotContain(id, venue.Emulator.AcceptedOrders);
    }

    [Fact]
    public async Task A_session_refused_again_right_after_a_new_login_is_transient_not_a_wrong_key()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var id = NextId();
        var logins = venue.Emulator.Logins;
        venue.Emulator.Faults.FailNext(2, 401, 1000, "You need to authenticate prior to using this functionality", "create_order");

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);

        // the login was accepted, so the key is right: the run must not stop as if it were refused (a 401 is answered
        // before the venue looks at the order, so sending it again is safe)
        Assert.Equal(VenueErrorKind.Unavailable, placed.Error?.Kind);
        Assert.True(placed.Error!.IsTransient);
        Assert.False(placed.Error.CannotHeal);
        Assert.True(venue.Emulator.Logins > logins, $"{venue.Emulator.Logins} logins");
        Assert.DoesNotContain(id, venue.Emulator.AcceptedOrders);
        var again = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        Assert.True(again.IsSuccess, again.ToString());
    }

    [Fact]
    public async Task Every_retry_of_a_read_is_logged()
    {
        await using var emulator = await VolumeBot.Emulators.Grvt.GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        var log = new RecordingLog();
        var options = GrvtTestVenue.ClientOptionsFor(emulator);
        options.LoggerFactory = new Serilog.Extensions.Logging.SerilogLoggerFactory(log.Logger);
        await using var client = new GrvtClient(options);
        Assert.True((await client.ConnectAsync(CancellationToken.None)).IsSuccess);
        emulator.Faults.RateLimitNext(2, "order");

        var order = await client.GetOrderAsync(NextId(), CancellationToken.None);

        Assert.Equal(VenueErrorKind.NotFound, order.Error?.Kind);
        Assert.Equal(2, log.Lines.Count(l => l.Contains("GRVT order answered HTTP 429, code 1006", StringComparison.Ordinal) && l.Contains("asking again in", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_5xx_on_submission_is_an_unknown_outcome_and_is_not_retried()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var id = NextId();
        venue.Emulator.Faults.ServerErrorNext(1, "create_order", httpStatus: 500);

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);

        Assert.Equal(VenueErrorKind.UnknownOutcome, placed.Error?.Kind);
        Assert.Equal(1, venue.Emulator.CreateAttempts(id));
        Assert.Equal(VenueErrorKind.NotFound, (await venue.Client.GetOrderAsync(id, CancellationToken.None)).Error?.Kind);
    }

    [Fact]
    public async Task A_submission_after_the_session_expired_logs_in_again_and_is_sent_once_more()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        var id = NextId();
        venue.Emulator.ExpireSessions();

        var placed = await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);

        Assert.True(placed.IsSuccess, placed.ToString());
        Assert.Equal(2, venue.Emulator.CreateAttempts(id)); // the 401 was refused before the order was looked at
        Assert.Single(venue.Emulator.AcceptedOrders, id);
        Assert.Equal(0.1m, venue.Emulator.Position);
    }

    [Fact]
    public async Task A_dropped_socket_reconnects_reports_stream_restored_and_keeps_streaming()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");

        venue.Emulator.DropWebSockets();

        await venue.NextEventAsync<StreamRestored>();
        Assert.Equal(2, venue.Client.StreamConnections);
        var id = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<FillReported>(e => e.Fill.ClientOrderId == id);
    }

    [Fact]
    public async Task A_lost_cancel_answer_is_transient_and_the_order_is_cancelled_on_the_venue()
    {
        await using var venue = await GrvtTestVenue.StartAsync(requestTimeout: TimeSpan.FromSeconds(1));
        var top = await venue.TopAsync();
        var id = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.PostOnly, 0.1m, top.BestBid - 0.5m), CancellationToken.None);
        venue.Emulator.Faults.TimeOutNextCancel();

        var cancel = await venue.Client.CancelOrderAsync(id, CancellationToken.None);

        Assert.True(cancel.Error is { IsTransient: true }, cancel.ToString()); // asking again is safe: a cancel is idempotent
        Assert.Equal(OrderStatus.Canceled, (await venue.Client.GetOrderAsync(id, CancellationToken.None)).Value.Status);
        Assert.True((await venue.Client.CancelOrderAsync(id, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task A_reconnect_refused_for_a_while_keeps_trying_and_the_stream_comes_back()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        var dropped = System.Diagnostics.Stopwatch.StartNew();

        venue.Emulator.DropWebSockets(downFor: TimeSpan.FromSeconds(1));

        await venue.NextEventAsync<StreamRestored>();
        Assert.True(dropped.Elapsed >= TimeSpan.FromSeconds(1), $"restored after {dropped.Elapsed}");
        Assert.Equal(2, venue.Client.StreamConnections);
        var id = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
    }

    [Fact]
    public async Task Reconnecting_after_the_session_expired_logs_in_again()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        venue.Emulator.ExpireSessions();

        venue.Emulator.DropWebSockets();

        await venue.NextEventAsync<StreamRestored>();
        Assert.Equal(2, venue.Emulator.Logins);
    }

    [Fact]
    public async Task A_sequence_gap_reconnects_and_the_missed_fill_is_in_fill_history()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        var first = NextId();
        var second = NextId();
        var third = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(first, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == first && e.Order.Status.IsTerminal());

        venue.Emulator.Faults.DropNextFeedMessages(1); // the fill of the next order is lost
        await venue.Client.PlaceOrderAsync(new OrderRequest(second, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == second && e.Order.Status.IsTerminal());
        await venue.Client.PlaceOrderAsync(new OrderRequest(third, Side.Sell, OrderKind.Market, 0.2m, null), CancellationToken.None);

        await venue.NextEventAsync<StreamRestored>();
        Assert.Equal(1, venue.Client.SequenceGapsDetected);
        Assert.DoesNotContain(venue.Seen.OfType<FillReported>(), f => f.Fill.ClientOrderId == second);
        var missed = await venue.Client.GetFillsAsync(second, CancellationToken.None);
        Assert.Equal(venue.Emulator.Fills.Where(f => f.ClientOrderId == second).Select(f => f.TradeId), missed.Value.Select(f => f.FillId));
    }

    [Fact]
    public async Task Duplicated_feed_messages_are_reported_once()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        venue.Emulator.Faults.DuplicateNextFeedMessages(10);
        var id = NextId();

        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
        var marker = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(marker, Side.Sell, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == marker && e.Order.Status.IsTerminal());

        var fills = venue.Seen.OfType<FillReported>().Where(f => f.Fill.ClientOrderId == id).ToList();
        Assert.Equal(venue.Emulator.Fills.Count(f => f.ClientOrderId == id), fills.Count);
        Assert.Single(venue.Seen.OfType<OrderUpdated>(), e => e.Order.ClientOrderId == id);
        Assert.Equal(0, venue.Client.SequenceGapsDetected);
    }

    [Fact]
    public async Task Delayed_feed_messages_still_arrive_in_order()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        venue.Emulator.Faults.FeedDelay = TimeSpan.FromMilliseconds(150);
        var id = NextId();

        await venue.Client.PlaceOrderAsync(new OrderRequest(id, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);

        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status == OrderStatus.Filled);
        var fillIndex = venue.Seen.FindIndex(e => e is FillReported f && f.Fill.ClientOrderId == id);
        var orderIndex = venue.Seen.FindIndex(e => e is OrderUpdated o && o.Order.ClientOrderId == id);
        Assert.InRange(fillIndex, 0, orderIndex); // the venue sends fills before the order's FILLED
    }
}

public class SequenceGapRecoveryTests
{
    private static long _ids = 7332345678000000000;

    private static string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task After_a_sequence_gap_the_next_orders_updates_arrive_by_stream_promptly()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        var first = NextId();
        await venue.Client.PlaceOrderAsync(new OrderRequest(first, Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == first && e.Order.Status.IsTerminal());
        venue.Emulator.Faults.DropNextFeedMessages(1); // the next fill is lost; the one after shows the gap
        await venue.Client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Sell, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.Client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<StreamRestored>();

        await NextOrdersReportedPromptlyAsync(venue, Side.Buy);

        Assert.Equal(1, venue.Client.SequenceGapsDetected);
    }

    [Fact]
    public async Task After_the_venue_numbers_the_stream_afresh_the_next_orders_updates_arrive_by_stream_promptly()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the first connection");
        for (var i = 0; i < 3; i++) // the streams' numbers pass 3
        {
            var id = NextId();
            await venue.Client.PlaceOrderAsync(new OrderRequest(id, i % 2 == 0 ? Side.Buy : Side.Sell, OrderKind.Market, 0.1m, null), CancellationToken.None);
            await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal());
        }

        venue.Emulator.Faults.RestartFeedNumberingNext();
        await venue.Client.PlaceOrderAsync(new OrderRequest(NextId(), Side.Buy, OrderKind.Market, 0.1m, null), CancellationToken.None);
        await venue.NextEventAsync<StreamRestored>(timeoutSeconds: 3);

        await NextOrdersReportedPromptlyAsync(venue, Side.Sell);
    }

    /// <summary>Three market orders, each reported terminal by the stream within a second (not after a stream timeout).</summary>
    private static async Task NextOrdersReportedPromptlyAsync(GrvtTestVenue venue, Side first)
    {
        for (var i = 0; i < 3; i++)
        {
            var id = NextId();
            var sent = System.Diagnostics.Stopwatch.StartNew();
            await venue.Client.PlaceOrderAsync(new OrderRequest(id, i % 2 == 0 ? first : first.Opposite(), OrderKind.Market, 0.1m, null), CancellationToken.None);
            await venue.NextEventAsync<OrderUpdated>(e => e.Order.ClientOrderId == id && e.Order.Status.IsTerminal(), timeoutSeconds: 2);
            Assert.True(sent.Elapsed < TimeSpan.FromSeconds(1), $"order {i} took {sent.Elapsed.TotalMilliseconds:0} ms to be reported");
        }
    }
}
