using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests;

public class StarkKeyTests
{
    private static readonly Felt SomeHash = Felt.ParseHex("0x6976bbc29a9f96ce3bc04a1907f297ace169ccfb2b40b8c5e82da7256f3b22");

    [Theory]
    [InlineData("0x1")]
    [InlineData("1")]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("0X01")]
    [InlineData("  0x1  ")]
    public void Short_and_padded_private_keys_parse_to_the_same_key(string text)
    {
        var key = StarkKey.FromHex(text);

        Assert.Equal(StarkCurve.GeneratorX, key.PublicKey);
        Assert.Equal(StarkCurve.GeneratorY, key.PublicKeyY);
    }

    [Fact]
    public void Leading_zeros_and_case_do_not_change_the_key()
    {
        var a = StarkKey.FromHex("0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca68");
        var b = StarkKey.FromHex("000049EE3EBA8C1600700EE1B87EB599F16716B0B1022947733551FDE4050CA68");

        Assert.Equal(a.PublicKey, b.PublicKey);
        Assert.Equal(a.Sign(SomeHash), b.Sign(SomeHash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0x0")]
    [InlineData("0xzz")]
    [InlineData("0x800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2f")] // n
    [InlineData("0x10000000000000000000000000000000000000000000000000000000000000000")] // 2^256
    public void Invalid_private_keys_are_rejected(string text)
    {
        var error = Record.Exception(() => StarkKey.FromHex(text));

        Assert.True(error is FormatException or ArgumentOutOfRangeException, $"unexpected: {error?.GetType().Name ?? "no exception"}");
    }

    [Fact]
    public void Error_messages_and_ToString_do_not_reveal_the_private_key()
    {
        const string secret = "0x7a1d5c0e4b8e2f03a6c9d1e5f7083b2c4d6e8f9a0b1c2d3e4f5a6b7c8d9e0zz";
        var error = Assert.Throws<FormatException>(() => StarkKey.FromHex(secret));
        Assert.DoesNotContain("7a1d5c0e", error.Message, StringComparison.OrdinalIgnoreCase);

        var key = StarkKey.FromHex("0x7a1d5c0e4b8e2f03a6c9d1e5f7083b2c4d6e8f9a0b1c2d3e4f5a6b7c8d9e0f1");
        Assert.DoesNotContain("7a1d5c0e", key.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sign_then_verify_roundtrip()
    {
        var random = new Random(3);
        for (var i = 0; i < 20; i++)
        {
            var key = StarkKey.FromFelt(Plus(RandomFelt(random, 250), 1));
            var hash = RandomFelt(random, 251);

            var signature = key.Sign(hash);

            Assert.True(StarkVerifier.Verify(key.PublicKey, hash, signature));
            Assert.True(key.VerificationKey.Verify(hash, signature));
            Assert.Equal(signature, key.Sign(hash));
        }
    }

    [Fact]
    public void Verify_rejects_a_changed_hash_key_or_signature()
    {
        var key = StarkKey.FromHex("0x543b6cf6c91817a87174aaea4fb370ac1c694e864d7740d728f8344d53e815");
        var other = StarkKey.FromHex("0x2");
        var signature = key.Sign(SomeHash);
        var changedHash = Felt.FromBigInteger(SomeHash.ToBigInteger() ^ 1);

        Assert.True(StarkVerifier.Verify(key.PublicKey, SomeHash, signature));
        Assert.False(StarkVerifier.Verify(key.PublicKey, changedHash, signature));
        Assert.False(StarkVerifier.Verify(other.PublicKey, SomeHash, signature));
        Assert.False(StarkVerifier.Verify(key.PublicKey, SomeHash, signature with { S = Plus(signature.S, 1) }));
        Assert.False(StarkVerifier.Verify(key.PublicKey, SomeHash, signature with { R = Felt.Zero }));
        Assert.False(StarkVerifier.Verify(key.PublicKey, StarkCurve.SignatureBound, signature));
    }

    [Fact]
    public void Verify_rejects_an_x_that_is_not_on_the_curve()
    {
        var signature = StarkKey.FromHex("0x1").Sign(SomeHash);
        var notOnCurve = Enumerable.Range(1, 50).Select(i => (Felt)(ulong)i).First(x => !StarkPublicKey.TryFromX(x, out _));

        Assert.False(StarkVerifier.Verify(notOnCurve, SomeHash, signature));
    }

    [Fact]
    public void Public_key_from_x_verifies_like_the_full_key()
    {
        var key = StarkKey.FromHex("0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca68");
        var signature = key.Sign(SomeHash);

        var fromX = StarkPublicKey.FromX(key.PublicKey);

        Assert.Equal(key.PublicKey, fromX.X);
        Assert.True(fromX.Verify(SomeHash, signature));
    }

    [Fact]
    public void Message_hash_of_2_pow_251_or_more_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StarkKey.FromHex("0x1").Sign(StarkCurve.SignatureBound));

    [Fact]
    public void Header_value_is_a_json_array_of_two_decimal_strings()
    {
        var signature = new StarkSignature(12, 345);

        Assert.Equal("[\"12\",\"345\"]", signature.ToHeaderValue());
        Assert.Equal(signature, StarkSignature.ParseHeaderValue("[\"12\",\"345\"]"));
        Assert.Equal(signature, StarkSignature.ParseHeaderValue("[\"0xc\",\"0x159\"]"));
    }

    private static Felt Plus(Felt value, int delta) => Felt.FromBigInteger(value.ToBigInteger() + delta);

    private static Felt RandomFelt(Random random, int bits)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        var value = Felt.FromBytesBigEndian(bytes).ToBigInteger() >> (256 - bits);
        return Felt.FromBigInteger(value);
    }
}
