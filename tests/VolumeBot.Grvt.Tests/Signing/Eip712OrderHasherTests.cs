using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class Eip712OrderHasherTests
{
    private static OrderTypedData Order(long expiration, params OrderLegTypedData[] legs) =>
        new(8289849667772468, false, GrvtTimeInForce.GoodTillTime, true, false, legs, 1234567890, expiration);

    private static readonly OrderLegTypedData Leg = new(AssetId.FromInstrumentHash("0x030501"), 1_000_000, 65_000_100_000_000, true);

    [Fact]
    public void Fast_digest_equals_traced_digest_for_several_legs()
    {
        var hasher = new Eip712OrderHasher(GrvtChainId.Prod);
        var legs = Enumerable.Range(0, 10).Select(i => Leg with { ContractSize = (ulong)(i + 1) }).ToArray();
        foreach (var count in new[] { 0, 1, 2, 9, 10 })
        {
            var order = Order(1_767_225_600_000_000_000, legs[..count]);
            var trace = hasher.Trace(order);
            Assert.Equal(trace.Digest, hasher.ComputeDigest(order));
            Assert.Equal(count, trace.OrderLegStructHashes.Count);
        }
    }

    [Fact]
    public void Negative_expiration_is_sign_extended()
    {
        var trace = new Eip712OrderHasher(GrvtChainId.Prod).Trace(Order(-2, Leg));
        var expirationWord = trace.OrderEncodeData.AsSpan(8 * 32, 32).ToArray();
        Assert.All(expirationWord[..31], b => Assert.Equal(0xFF, b));
        Assert.Equal(0xFE, expirationWord[31]);
    }

    [Fact]
    public void Chain_id_changes_the_digest()
    {
        var order = Order(1, Leg);
        Assert.NotEqual(new Eip712OrderHasher(GrvtChainId.Prod).ComputeDigest(order), new Eip712OrderHasher(GrvtChainId.Testnet).ComputeDigest(order));
    }

    [Theory]
    [InlineData("0x030501", "197889")]
    [InlineData("0x30501", "197889")]
    [InlineData("030501", "197889")]
    [InlineData("0X03FE01", "261633")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000030501", "197889")]
    public void Asset_id_is_the_instrument_hash_as_unsigned_integer(string instrumentHash, string expected) =>
        Assert.Equal(expected, AssetId.FromInstrumentHash(instrumentHash).ToString());
}
