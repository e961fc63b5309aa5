using System.Numerics;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC.Multiplier;
using VolumeBot.Grvt.Signing;
using static VolumeBot.Grvt.Tests.Signing.Oracle;

namespace VolumeBot.Grvt.Tests.Signing;

/// <summary>libsecp256k1 keys and ECDSA compared with BouncyCastle's independent secp256k1.</summary>
public sealed class CurveTests
{
    public static IEnumerable<BigInteger> Scalars() =>
        Samples(N, 40, seed: 4).Where(k => !k.IsZero).Concat(Enumerable.Range(1, 20).Select(i => (BigInteger)i));

    [Fact]
    public void Public_keys_match_bouncy_castle()
    {
        var multiplier = new FixedPointCombMultiplier();
        foreach (var k in Scalars())
        {
            var expected = multiplier.Multiply(Curve.G, ToBc(k)).Normalize();
            var key = EthereumKey.FromBytes(ToWord(k));
            Assert.Equal(expected.GetEncoded(false), key.PublicKey.Uncompressed.ToArray());
            Assert.Equal(expected.GetEncoded(true), key.PublicKey.Compressed.ToArray());
        }
    }

    [Fact]
    public void Signatures_match_bouncy_castle_rfc6979_after_low_s()
    {
        var random = new Random(5);
        for (var i = 0; i < 40; i++)
        {
            var d = Oracle.Random(random, N - 1) + 1;
            var digest = new byte[32];
            random.NextBytes(digest);

            var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
            signer.Init(true, new ECPrivateKeyParameters(ToBc(d), Domain));
            var rs = signer.GenerateSignature(digest);
            var expectedR = ToBig(rs[0].ToByteArrayUnsigned());
            var expectedS = ToBig(rs[1].ToByteArrayUnsigned());
            if (expectedS > N / 2)
                expectedS = N - expectedS;

            var signature = EthereumKey.FromBytes(ToWord(d)).Sign(digest);
            Assert.Equal(expectedR, ToBig(signature.R));
            Assert.Equal(expectedS, ToBig(signature.S));
        }
    }

    [Fact]
    public void Signature_verifies_with_bouncy_castle()
    {
        var key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        var digest = Keccak256.Hash("verify me"u8);
        var signature = key.Sign(digest);

        var verifier = new ECDsaSigner();
        var q = Curve.Curve.DecodePoint(key.PublicKey.Uncompressed.ToArray());
        verifier.Init(false, new ECPublicKeyParameters(q, Domain));
        Assert.True(verifier.VerifySignature(digest, ToBc(ToBig(signature.R)), ToBc(ToBig(signature.S))));
    }
}
