using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests;

public class OrderSigningTests
{
    [Theory]
    [InlineData("0.001", 100000UL)]
    [InlineData("65000.5", 6500050000000UL)]
    [InlineData("0.12345678", 12345678UL)]
    [InlineData("0.010", 1000000UL)]
    [InlineData("0.123456780", 12345678UL)]
    [InlineData("10", 1000000000UL)]
    [InlineData("0", 0UL)]
    public void Scales_decimal_strings_exactly(string value, ulong quantums) =>
        Assert.Equal((Felt)quantums, ParadexQuantums.Scale(value));

    [Theory]
    [InlineData("0.123456789")]
    [InlineData("1e3")]
    [InlineData("-1")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1,5")]
    [InlineData("")]
    public void Rejects_values_that_cannot_be_signed_exactly(string value) =>
        Assert.Throws<FormatException>(() => ParadexQuantums.Scale(value));

    [Fact]
    public void Market_orders_sign_price_zero_and_omit_it_from_the_body()
    {
        var order = Order() with { Type = ParadexOrderType.Market, Price = null, ReduceOnly = true };

        var message = ParadexMessages.Order(order);
        var body = ParadexRequests.OrderBody(order, new StarkSignature(1, 2));

        Assert.Equal(Felt.Zero, message.Fields[5]);
        Assert.DoesNotContain("\"price\"", body, StringComparison.Ordinal);
        Assert.Contains("\"flags\":[\"REDUCE_ONLY\"]", body, StringComparison.Ordinal);
        Assert.Contains("\"signature\":\"[\\\"1\\\",\\\"2\\\"]\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_order_without_price_and_market_order_with_price_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ParadexMessages.Order(Order() with { Price = null }));
        Assert.Throws<ArgumentException>(() => ParadexMessages.Order(Order() with { Type = ParadexOrderType.Market }));
    }

    [Fact]
    public void Signer_hash_equals_the_uncached_typed_data_hash_and_verifies()
    {
        var key = StarkKey.FromHex("0x1");
        var classHashes = new ParaclearClassHashes(
            Felt.ParseHex("0x41cb0280ebadaa75f996d8d92c6f265f6d040bb3ba442e5f86a554f1765244e"),
            Felt.ParseHex("0x3530cc4759d78042f1b543bf797f5f3d647cde0388c33734cf91b7f7b9314a9"));
        var account = AccountAddress.Derive(key.PublicKey, classHashes);
        var signer = new ParadexSigner(key, account, ParadexDomain.Testnet);

        var signed = signer.SignOrder(Order());

        Assert.Equal(TypedDataHasher.MessageHash(ParadexDomain.Testnet, account, ParadexMessages.Order(Order())), signed.MessageHash);
        Assert.True(StarkVerifier.Verify(key.PublicKey, signed.MessageHash, signed.Signature));
    }

    private static ParadexOrder Order() => new()
    {
        Market = "BTC-USD-PERP",
        Side = OrderSide.Sell,
        Type = ParadexOrderType.Limit,
        Size = "0.5",
        Price = "70000.1",
        SignatureTimestampMs = 1720000000673,
    };
}
