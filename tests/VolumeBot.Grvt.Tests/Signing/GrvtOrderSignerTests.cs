using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class GrvtOrderSignerTests
{
    private static readonly EthereumKey Key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    private static readonly GrvtInstrument Btc = new("BTC_USDT_Perp", "0x030501", 9);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static GrvtOrderRequest Request(decimal? limitPrice = 65000.1m) => new()
    {
        Instrument = Btc,
        SubAccountId = 8289849667772468,
        Side = GrvtOrderSide.Buy,
        Size = 0.001m,
        LimitPrice = limitPrice,
        TimeInForce = GrvtTimeInForce.GoodTillTime,
        PostOnly = true,
        ClientOrderId = 9223372036854775808,
    };

    [Fact]
    public void Uses_the_injected_nonce_source_and_clock()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, new FakeTimeProvider(Now), () => 4242);
        var signed = signer.Sign(Request());

        Assert.Equal(4242u, signed.Nonce);
        Assert.Equal(GrvtSignatureExpiration.ToUnixNanoseconds(Now + TimeSpan.FromHours(24)), signed.ExpirationNs);
        Assert.Equal(1_772_452_800_000_000_000, signed.ExpirationNs);
    }

    [Fact]
    public void Explicit_nonce_and_expiration_win()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, new FakeTimeProvider(Now), () => throw new InvalidOperationException());
        var signed = signer.Sign(Request() with { Nonce = 7, ExpirationNs = 1_780_000_000_123_456_789 });
        Assert.Equal(7u, signed.Nonce);
        Assert.Equal(1_780_000_000_123_456_789, signed.ExpirationNs);
    }

    [Fact]
    public void Default_nonces_are_random()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod);
        var nonces = Enumerable.Range(0, 20).Select(_ => signer.Sign(Request()).Nonce).ToHashSet();
        Assert.True(nonces.Count > 15);
    }

    [Fact]
    public void Lifetime_is_capped_below_the_venue_maximum()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, new FakeTimeProvider(Now), () => 1);
        var signed = signer.Sign(Request() with { Lifetime = TimeSpan.FromDays(45) });

        var maximum = GrvtSignatureExpiration.ToUnixNanoseconds(Now + GrvtSignatureExpiration.VenueMaximum);
        Assert.Equal(GrvtSignatureExpiration.ToUnixNanoseconds(Now + GrvtSignatureExpiration.MaxLifetime), signed.ExpirationNs);
        Assert.True(signed.ExpirationNs < maximum);
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request() with { Lifetime = TimeSpan.Zero }));
    }

    [Fact]
    public void Market_orders_sign_limit_price_zero_and_send_zero()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Testnet, nonceSource: () => 1);
        var signed = signer.Sign(Request(limitPrice: null) with { TimeInForce = GrvtTimeInForce.ImmediateOrCancel, PostOnly = false });

        Assert.True(signed.TypedData.IsMarket);
        Assert.Equal(0UL, signed.TypedData.Legs[0].LimitPrice);
        using var body = JsonDocument.Parse(signed.ToCreateOrderJson());
        var order = body.RootElement.GetProperty("order");
        Assert.True(order.GetProperty("is_market").GetBoolean());
        Assert.Equal("0", order.GetProperty("legs")[0].GetProperty("limit_price").GetString());
    }

    [Fact]
    public void Json_size_and_price_agree_with_the_signed_integers()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, nonceSource: () => 1);
        var signed = signer.Sign(Request(limitPrice: 68900.7771234794m) with { Size = 1.1231231234m });

        Assert.Equal("1.123123123", signed.SizeText);
        Assert.Equal("68900.777123479", signed.LimitPriceText);
        Assert.Equal(1123123123UL, signed.TypedData.Legs[0].ContractSize);
        Assert.Equal(68900777123479UL, signed.TypedData.Legs[0].LimitPrice);
    }

    [Fact]
    public void Signed_order_recovers_to_the_signer_and_body_carries_it()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, new FakeTimeProvider(Now), () => 99);
        var signed = signer.Sign(Request() with { Side = GrvtOrderSide.Sell, ReduceOnly = true });

        Assert.Equal(signer.SignerAddress, signed.Signer);
        Assert.Equal(signed.Signer, SignatureRecovery.RecoverAddress(signed.Digest, signed.Signature.R, signed.Signature.S, signed.Signature.V));
        Assert.Equal(signer.Hasher.ComputeDigest(signed.TypedData), signed.Digest.ToArray());

        using var body = JsonDocument.Parse(signed.ToCreateOrderJson());
        var order = body.RootElement.GetProperty("order");
        Assert.Equal("8289849667772468", order.GetProperty("sub_account_id").GetString());
        Assert.False(order.GetProperty("legs")[0].GetProperty("is_buying_asset").GetBoolean());
        Assert.True(order.GetProperty("reduce_only").GetBoolean());
        Assert.Equal(signed.Signature.V, order.GetProperty("signature").GetProperty("v").GetInt32());
        Assert.Equal(signed.Signer, order.GetProperty("signature").GetProperty("signer").GetString());
        Assert.Equal("9223372036854775808", order.GetProperty("metadata").GetProperty("client_order_id").GetString());
    }

    [Fact]
    public void Unsignable_requests_are_rejected()
    {
        var signer = new GrvtOrderSigner(Key, GrvtChainId.Prod, nonceSource: () => 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request() with { Size = 0m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request() with { Size = 0.0000000001m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request() with { Size = -1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request(limitPrice: 0m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => signer.Sign(Request() with { ExpirationNs = 0 }));
    }

    [Fact]
    public void Client_order_ids_are_drawn_from_the_api_range()
    {
        for (var i = 0; i < 50; i++)
            Assert.True(GrvtClientOrderId.NextRandom() >= 1UL << 63);
    }

    [Theory]
    [InlineData("prod", GrvtChainId.Prod)]
    [InlineData("TESTNET", GrvtChainId.Testnet)]
    [InlineData("staging", GrvtChainId.Staging)]
    [InlineData("dev", GrvtChainId.Dev)]
    [InlineData("unknown", GrvtChainId.Prod)]
    [InlineData(null, GrvtChainId.Prod)]
    public void Environment_maps_to_chain_id(string? environment, ulong expected) =>
        Assert.Equal(expected, GrvtChainId.ForEnvironment(environment));
}
