using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

public class ClientConnectionTests
{
    [Fact]
    public async Task Connect_logs_in_reads_the_instrument_rules_and_subscribes()
    {
        await using var venue = await GrvtTestVenue.StartAsync(connect: false);

        var rules = await venue.Client.ConnectAsync(CancellationToken.None);

        Assert.True(rules.IsSuccess, rules.ToString());
        Assert.Equal(new MarketRules("ETH_USDT_Perp", 0.01m, 0.01m, 0.01m, 10m) { MaxOrderSize = 1_000_000m }, rules.Value);
        Assert.Equal(1, venue.Emulator.Logins);
        await Wait.UntilAsync(() => venue.Emulator.OpenWebSockets == 1, "the order stream");
        var top = await venue.TopAsync();
        Assert.True(top.IsUsable);
        var book = await venue.Client.GetOrderBookAsync(20, CancellationToken.None);
        Assert.True(book.IsSuccess);
        Assert.InRange(book.Value.Bids.Count, 1, 20);
        Assert.True(book.Value.Top!.IsUsable);
        Assert.Equal(book.Value.Bids.Select(l => l.Price).OrderDescending(), book.Value.Bids.Select(l => l.Price));
        Assert.Equal(book.Value.Asks.Select(l => l.Price).Order(), book.Value.Asks.Select(l => l.Price));
    }

    [Fact]
    public async Task A_wrong_api_key_is_unauthorized_and_the_key_never_shows()
    {
        await using var emulator = await Emulators.Grvt.GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions());
        var options = GrvtTestVenue.ClientOptionsFor(emulator, apiKey: "wrong-key-7Hq2");
        await using var client = new GrvtClient(options);

        var connected = await client.ConnectAsync(CancellationToken.None);

        Assert.False(connected.IsSuccess);
        Assert.Equal(VenueErrorKind.Unauthorized, connected.Error!.Kind);
        Assert.DoesNotContain("wrong-key-7Hq2", connected.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-7Hq2", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(GrvtTestVenue.PrivateKeyHex[2..], options.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GrvtTestVenue.PrivateKeyHex[2..], client.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_expired_session_logs_in_again_and_the_call_succeeds()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        venue.Emulator.ExpireSessions();

        var position = await venue.Client.GetPositionAsync(CancellationToken.None);

        Assert.True(position.IsSuccess, position.ToString());
        Assert.Equal(2, venue.Emulator.Logins);
        Assert.Equal(2, venue.Client.Logins);
    }

    [Fact]
    public async Task A_session_about_to_expire_is_renewed_before_the_next_private_call()
    {
        await using var emulator = await Emulators.Grvt.GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions() with { SessionLifetime = TimeSpan.FromMinutes(10) });
        await using var client = new GrvtClient(GrvtTestVenue.ClientOptionsFor(emulator, sessionRefreshMargin: TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(2)));
        Assert.True((await client.ConnectAsync(CancellationToken.None)).IsSuccess);

        await Wait.UntilAsync(() => client.GetPositionAsync(CancellationToken.None).Result.IsSuccess && emulator.Logins == 2, "a second login", 10);

        Assert.Equal(2, client.Logins); // renewed ahead of expiry, not after a 401
    }

    [Fact]
    public async Task Rate_limits_and_5xx_on_reads_are_retried_with_backoff()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        venue.Emulator.Faults.RateLimitNext(2, "positions");
        venue.Emulator.Faults.ServerErrorNext(2, "book", httpStatus: 502);

        var position = await venue.Client.GetPositionAsync(CancellationToken.None);
        var top = await venue.Client.GetTopOfBookAsync(CancellationToken.None);

        Assert.True(position.IsSuccess, position.ToString());
        Assert.True(top.IsSuccess, top.ToString());
    }

    [Fact]
    public async Task A_read_that_stays_rate_limited_comes_back_as_rate_limited()
    {
        await using var venue = await GrvtTestVenue.StartAsync();
        venue.Emulator.Faults.RateLimitNext(50, "open_orders");

        var orders = await venue.Client.GetOpenOrdersAsync(CancellationToken.None);

        Assert.Equal(VenueErrorKind.RateLimited, orders.Error?.Kind);
        Assert.True(orders.Error!.IsTransient);
    }
}
