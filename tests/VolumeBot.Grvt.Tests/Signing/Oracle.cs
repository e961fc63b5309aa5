using System.Numerics;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC.Multiplier;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace VolumeBot.Grvt.Tests.Signing;

/// <summary>Independent reference values: System.Numerics.BigInteger arithmetic and BouncyCastle's secp256k1.</summary>
internal static class Oracle
{
    public static readonly BigInteger P = BigInteger.Pow(2, 256) - BigInteger.Pow(2, 32) - 977;
    public static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);

    public static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    public static readonly ECDomainParameters Domain = new(Curve.Curve, Curve.G, Curve.N, Curve.H);

    public static BigInteger ToBig(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    public static byte[] ToWord(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var word = new byte[32];
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }

    /// <summary>
    /// The ECDSA signature before any low-s step, from BouncyCastle's RFC 6979 nonce: what libsecp256k1 must have
    /// computed internally when its (r, s, recovery id) equal this one after normalisation.
    /// </summary>
    public static RawSignature SignWithoutNormalising(BigInteger privateKey, byte[] digest)
    {
        var nonces = new HMacDsaKCalculator(new Sha256Digest());
        nonces.Init(Domain.N, ToBc(privateKey), digest);
        var k = nonces.NextK();
        var point = new FixedPointCombMultiplier().Multiply(Curve.G, k).Normalize();
        var x = ToBig(point.AffineXCoord.GetEncoded());
        var r = x % N;
        var e = ToBig(digest) % N;
        var s = Mod(ToBig(k.ModInverse(Domain.N).ToByteArrayUnsigned()) * (e + r * privateKey), N);
        var recoveryId = (point.AffineYCoord.TestBitZero() ? 1 : 0) | (x >= N ? 2 : 0);
        return new RawSignature(ToBig(k.ToByteArrayUnsigned()), r, s, recoveryId);
    }

    public static BcBigInteger ToBc(BigInteger value) => new(1, ToWord(value));

    public static BigInteger Mod(BigInteger value, BigInteger modulus) => ((value % modulus) + modulus) % modulus;

    public static BigInteger Random(Random random, BigInteger below)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return ToBig(bytes) % below;
    }

    /// <summary>Interesting values of a modular domain plus seeded random ones.</summary>
    public static IEnumerable<BigInteger> Samples(BigInteger modulus, int randomCount, int seed)
    {
        BigInteger[] edges =
        [
            0, 1, 2, 3, 7, modulus - 1, modulus - 2, modulus / 2, modulus / 2 + 1,
            BigInteger.Pow(2, 64) - 1, BigInteger.Pow(2, 64), BigInteger.Pow(2, 128) + 1,
            BigInteger.Pow(2, 255), BigInteger.Pow(2, 255) - 1, BigInteger.Pow(2, 256) - modulus,
        ];
        foreach (var edge in edges)
            yield return Mod(edge, modulus);
        var random = new Random(seed);
        for (var i = 0; i < randomCount; i++)
            yield return Random(random, modulus);
    }
}

/// <summary>k, r, s and the recovery id of an ECDSA signature as first computed (s may be high).</summary>
internal sealed record RawSignature(BigInteger Nonce, BigInteger R, BigInteger S, int RecoveryId);
