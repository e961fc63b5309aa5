using Org.BouncyCastle.Crypto.Digests;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class KeccakTests
{
    [Fact]
    public void Matches_bouncy_castle_for_every_length_across_several_rate_blocks()
    {
        var random = new Random(7);
        for (var length = 0; length <= 3 * 136 + 1; length++)
        {
            var input = new byte[length];
            random.NextBytes(input);
            var reference = new KeccakDigest(256);
            reference.BlockUpdate(input, 0, input.Length);
            var expected = new byte[32];
            reference.DoFinal(expected, 0);
            Assert.Equal(expected, Keccak256.Hash(input));
        }
    }

    [Fact]
    public void Is_not_fips_sha3()
    {
        // keccak256("") from the Ethereum yellow paper; SHA3-256("") is a7ffc6f8…
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Hex.Format(Keccak256.Hash([])));
    }

    [Fact]
    public void Output_span_must_hold_32_bytes() =>
        Assert.Throws<ArgumentException>(() => Keccak256.Hash([1, 2, 3], new byte[31]));
}
