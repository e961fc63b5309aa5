using System.Numerics;
using VolumeBot.Grvt.Signing;
using static VolumeBot.Grvt.Tests.Signing.Oracle;

namespace VolumeBot.Grvt.Tests.Signing;

public sealed class EthereumKeyTests
{
    // Key 1 is the generator itself; its address is a well-known constant.
    private const string KeyOneAddress = "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf";

    [Theory]
    [InlineData("1")]
    [InlineData("0x1")]
    [InlineData("0x01")]
    [InlineData("0X0000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000001")]
    [InlineData("  0x0000000000000000000000000000000000000000000000000000000000000001\n")]
    public void Private_key_accepts_prefix_whitespace_and_short_or_zero_padded_hex(string hex) =>
        Assert.Equal(KeyOneAddress, EthereumKey.FromHex(hex).Address);

    [Fact]
    public void Private_key_with_leading_zero_byte_is_left_padded()
    {
        const string withoutLeadingZeros = "ab7bd9f5b9f2d5d8b6a7f2e3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6";
        var padded = EthereumKey.FromHex("0x00" + withoutLeadingZeros);
        var shorter = EthereumKey.FromHex(withoutLeadingZeros);
        var uppercase = EthereumKey.FromHex("0x00" + withoutLeadingZeros.ToUpperInvariant());
        Assert.Equal(padded.Address, shorter.Address);
        Assert.Equal(padded.Address, uppercase.Address);

        var digest = Keccak256.Hash("same key, same signature"u8);
        Assert.Equal(padded.Sign(digest).ToRsv(), shorter.Sign(digest).ToRsv());
    }

    [Theory]
    [InlineData("0x0")]
    [InlineData("")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")] // n
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Private_keys_outside_1_to_n_minus_1_are_rejected(string hex) =>
        Assert.Throws<ArgumentException>(() => EthereumKey.FromHex(hex));

    [Theory]
    [InlineData("0x01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")] // 33 bytes
    [InlineData("0xg1")]
    [InlineData("not a key")]
    public void Malformed_private_keys_are_rejected(string hex) =>
        Assert.Throws<FormatException>(() => EthereumKey.FromHex(hex));

    [Fact]
    public void Malformed_private_key_error_does_not_echo_the_input()
    {
        const string secretish = "0xzz7934647276a6e1fa0af3f4467b4b8ddaf45d25a7368fa1a295eef49a446819";
        var error = Assert.Throws<FormatException>(() => EthereumKey.FromHex(secretish));
        Assert.DoesNotContain("7934647276", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_never_contains_the_private_key()
    {
        const string privateKey = "f7934647276a6e1fa0af3f4467b4b8ddaf45d25a7368fa1a295eef49a446819d";
        var key = EthereumKey.FromHex(privateKey);
        Assert.DoesNotContain(privateKey, key.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(key.Address, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_then_recover_returns_the_signer_and_s_is_always_low()
    {
        var random = new Random(11);
        var sawBothRecoveryIds = new HashSet<int>();
        for (var i = 0; i < 200; i++)
        {
            var key = EthereumKey.FromBytes(ToWord(Oracle.Random(random, N - 1) + 1));
            var digest = new byte[32];
            random.NextBytes(digest);

            var signature = key.Sign(digest);
            Assert.True(ToBig(signature.S) <= N / 2);
            Assert.True(SignatureRecovery.IsLowS(signature.S));
            Assert.InRange(signature.V, 27, 28);
            sawBothRecoveryIds.Add(signature.RecoveryId);
            Assert.Equal(key.Address, SignatureRecovery.RecoverAddress(digest, signature.R, signature.S, signature.V));
        }

        Assert.Equal([0, 1], sawBothRecoveryIds.Order());
    }

    [Fact]
    public void Recovering_with_a_tampered_digest_yields_a_different_address()
    {
        var key = EthereumKey.FromHex("0xc0663ca94684aead40c41a1cb3a94b68a24296e87245be3a186e882a29a15ee0");
        var digest = Keccak256.Hash("order"u8);
        var signature = key.Sign(digest);

        for (var bit = 0; bit < 256; bit += 37)
        {
            var tampered = digest.ToArray();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            if (SignatureRecovery.TryRecoverAddress(tampered, signature.R, signature.S, signature.V, out var address))
                Assert.NotEqual(key.Address, address);
        }
    }

    [Fact]
    public void Recovering_with_the_other_v_yields_a_different_address()
    {
        var key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var digest = Keccak256.Hash("flip v"u8);
        var signature = key.Sign(digest);
        var otherV = signature.V == 27 ? 28 : 27;
        Assert.True(SignatureRecovery.TryRecoverAddress(digest, signature.R, signature.S, otherV, out var address));
        Assert.NotEqual(key.Address, address);
    }

    [Fact]
    public void Recovery_rejects_malformed_signatures()
    {
        var key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var digest = Keccak256.Hash("malformed"u8);
        var signature = key.Sign(digest);
        var zero = new byte[32];
        var order = ToWord(N);

        Assert.False(SignatureRecovery.TryRecoverAddress(digest, signature.R, signature.S, 0, out _));
        Assert.False(SignatureRecovery.TryRecoverAddress(digest, signature.R, signature.S, 29, out _));
        Assert.False(SignatureRecovery.TryRecoverAddress(digest, zero, signature.S, signature.V, out _));
        Assert.False(SignatureRecovery.TryRecoverAddress(digest, signature.R, zero, signature.V, out _));
        Assert.False(SignatureRecovery.TryRecoverAddress(digest, order, signature.S, signature.V, out _));
        Assert.False(SignatureRecovery.TryRecoverAddress(digest.AsSpan(1), signature.R, signature.S, signature.V, out _));
        Assert.Throws<ArgumentException>(() => SignatureRecovery.RecoverAddress(digest, signature.R, zero, signature.V));
    }

    [Fact]
    public void High_s_signatures_still_recover_but_are_not_low_s()
    {
        var key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var digest = Keccak256.Hash("malleable"u8);
        var signature = key.Sign(digest);
        var highS = ToWord(N - ToBig(signature.S));
        var flippedV = signature.V == 27 ? 28 : 27;

        Assert.False(SignatureRecovery.IsLowS(highS));
        Assert.Equal(key.Address, SignatureRecovery.RecoverAddress(digest, signature.R, highS, flippedV));
    }

    [Fact]
    public void Signing_is_deterministic()
    {
        var key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var digest = Keccak256.Hash("deterministic"u8);
        Assert.Equal(key.Sign(digest).ToRsv(), key.Sign(digest).ToRsv());
    }

    [Fact]
    public void Address_checksum_follows_eip55()
    {
        // Examples from the EIP-55 specification.
        string[] addresses =
        [
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        ];
        foreach (var address in addresses)
            Assert.Equal(address, EthereumAddress.ToChecksumString(Hex.Parse(address)));
    }

    [Fact]
    public void Digest_must_be_32_bytes()
    {
        var key = EthereumKey.FromHex("0x1");
        Assert.Throws<ArgumentException>(() => key.Sign(new byte[31]));
        Assert.Throws<ArgumentException>(() => key.Sign(new byte[33]));
    }
}
