using System.Numerics;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests;

public class FeltTests
{
    [Theory]
    [InlineData("0x0", "0x0")]
    [InlineData("0x000abc", "0xabc")]
    [InlineData("0XABC", "0xabc")]
    [InlineData("2748", "0xabc")]
    [InlineData("0x800000000000011000000000000000000000000000000000000000000000001", "0x800000000000011000000000000000000000000000000000000000000000001")]
    public void Parses_hex_and_decimal_and_prints_starknet_hex(string text, string hex) =>
        Assert.Equal(hex, Felt.Parse(text).ToHexString());

    [Fact]
    public void Round_trips_through_big_integer_decimal_and_bytes()
    {
        var value = BigInteger.Parse("3618502788666131213697322783095070105526743751716087489154079457884512865582");
        var felt = Felt.FromBigInteger(value);

        Assert.Equal(value, felt.ToBigInteger());
        Assert.Equal(value.ToString(), felt.ToDecimalString());
        Assert.Equal(felt, Felt.FromBytesBigEndian(felt.ToBytesBigEndian()));
        Assert.Equal(256, Felt.FromBigInteger(BigInteger.Pow(2, 256) - 1).BitLength);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0x10000000000000000000000000000000000000000000000000000000000000000")]
    public void Rejects_malformed_or_oversized_text(string text) =>
        Assert.ThrowsAny<FormatException>(() => Felt.Parse(text));

    [Fact]
    public void Pedersen_rejects_inputs_outside_the_field()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Pedersen.Hash(StarkCurve.FieldPrime, Felt.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pedersen.Hash(Felt.Zero, StarkCurve.FieldPrime));
    }

    [Fact]
    public void Short_strings_are_limited_to_31_ascii_characters()
    {
        Assert.Equal(Felt.Zero, ShortString.Encode(""));
        Assert.Throws<ArgumentException>(() => ShortString.Encode(new string('a', 32)));
        Assert.Throws<ArgumentException>(() => ShortString.Encode("é"));
    }

    [Fact]
    public void Keccak_type_hash_matches_the_documented_order_type_hash() =>
        Assert.Equal(
            Felt.ParseHex("0xa56d5225b97b257c15ae2cb1cc0ea605381a886cd75463db45fd2ef9fbc255"),
            StarknetKeccak.Hash("Order(timestamp:felt,market:felt,side:felt,orderType:felt,size:felt,price:felt)"));
}
