using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>Start-up against the emulator: /system/config, address derivation, JWT, market rules, subscriptions.</summary>
public sealed class ConnectAndAuthTests
{
    private const string OtherKey = "0x3c1e9550e66958296d11b60f8e8e7a7ad990d07fa65d5f7652c4a6c87d4e3cc";

    [Fact]
    public async Task Connect_derives_the_account_authenticates_loads_rules_and_subscribes()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        Assert.Equal(emulator.Account.Address, client.AccountAddress);
        Assert.Equal(1, client.TokensIssued);
        Assert.Equal(2, emulator.Stats.Subscriptions);
        var position = await client.GetPositionAsync(CancellationToken.None);
        Assert.Equal(0m, position.Value.SignedSize);
        var top = await client.GetTopOfBookAsync(CancellationToken.None);
        Assert.True(top.Value.IsUsable);
        var book = await client.GetOrderBookAsync(5, CancellationToken.None);
        Assert.Equal(5, book.Value.Bids.Count);
        Assert.Equal(top.Value.BestBid, book.Value.Bids[0].Price);
    }

    [Fact]
    public async Task Market_rules_come_from_the_markets_endpoint()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var client = new ParadexClient(ParadexTestClients.Options(emulator));
        await using var _ = client;

        var rules = await client.ConnectAsync(CancellationToken.None);

        Assert.Equal(new MarketRules("BTC-USD-PERP", 0.1m, 0.001m, 0.001m, 10m) { MaxOrderSize = 1_000m, InitialMarginFraction = 0.02m }, rules.Value);
    }

    [Fact]
    public async Task Configured_l2_address_is_used_instead_of_the_derived_one()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { AccountAddress = emulator.Account.Address });

        Assert.Equal(emulator.Account.Address, client.AccountAddress);
    }

    [Fact]
    public async Task An_account_that_is_not_onboarded_fails_with_a_clear_error_and_no_secret()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var account = emulator.AddAccount(OtherKey, onboarded: false);
        var client = new ParadexClient(ParadexTestClients.Options(emulator, OtherKey));
        await using var _ = client;

        var connected = await client.ConnectAsync(CancellationToken.None);

        Assert.False(connected.IsSuccess);
        Assert.Equal(VenueErrorKind.Unauthorized, connected.Error.Kind);
        Assert.Contains("not onboarded", connected.Error.Message, StringComparison.Ordinal);
        Assert.Contains(account.Id, connected.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherKey[2..], connected.Error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_key_that_does_not_own_the_account_is_refused()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var client = new ParadexClient(ParadexTestClients.Options(emulator, OtherKey) with { AccountAddress = emulator.Account.Address });
        await using var _ = client;

        var connected = await client.ConnectAsync(CancellationToken.None);

        Assert.Equal(VenueErrorKind.Unauthorized, connected.Error!.Kind);
        Assert.Contains("STARKNET_SIGNATURE_VERIFICATION_FAILED", connected.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_is_refreshed_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Time = time });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, time: time);

        time.Advance(TimeSpan.FromSeconds(200));
        Assert.True((await client.GetPositionAsync(CancellationToken.None)).IsSuccess);
        Assert.Equal(1, client.TokensIssued);

        time.Advance(TimeSpan.FromSeconds(40)); // 240 s of 300: inside the refresh margin
        Assert.True((await client.GetPositionAsync(CancellationToken.None)).IsSuccess);
        Assert.Equal(2, client.TokensIssued);

        time.Advance(TimeSpan.FromSeconds(290)); // the first token is long expired; the second would be too without a refresh
        Assert.True((await client.GetOpenOrdersAsync(CancellationToken.None)).IsSuccess);
        Assert.Equal(3, client.TokensIssued);
        Assert.Equal(0, emulator.Stats.Unauthorized);
    }

    [Fact]
    public async Task A_freshly_issued_token_refused_again_is_transient_not_a_refusal_that_stops_the_run()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        emulator.Faults.FailNextRequests(2, 401, "/positions");

        var position = await client.GetPositionAsync(CancellationToken.None);

        Assert.Equal(VenueErrorKind.Unavailable, position.Error?.Kind); // the keys were just accepted: try again later
        Assert.False(position.Error!.CannotHeal);
        Assert.Equal(2, client.TokensIssued);
        Assert.True((await client.GetPositionAsync(CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task A_401_gets_a_new_token_and_the_call_succeeds()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        emulator.RevokeTokens();
        var position = await client.GetPositionAsync(CancellationToken.None);

        Assert.True(position.IsSuccess, position.ToString());
        Assert.Equal(1, emulator.Stats.Unauthorized);
        Assert.Equal(2, client.TokensIssued);
    }

    [Fact]
    public async Task ToString_of_client_options_and_token_show_no_secret()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        var options = ParadexTestClients.Options(emulator);
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);
        var key = emulator.Account.PrivateKeyHex[2..];

        Assert.DoesNotContain(key, options.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, options.Key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, client.ToString(), StringComparison.OrdinalIgnoreCase);
        var token = Auth.JwtToken.From("aaa.eyJleHAiOjIsImlhdCI6MX0.ccc", DateTimeOffset.UtcNow);
        Assert.DoesNotContain("aaa", token.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(1), token.ExpiresAt - token.ReceivedAt);
    }
}
