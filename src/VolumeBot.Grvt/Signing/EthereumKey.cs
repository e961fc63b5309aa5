using System.Security.Cryptography;
using VolumeBot.Grvt.Signing.Secp256k1;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// A secp256k1 private key (e.g. GRVT_PRIVATE_KEY) that signs 32-byte digests Ethereum-style:
/// RFC 6979 deterministic nonce, low-s, v = 27/28. The key material is never exposed or printed.
/// </summary>
public sealed class EthereumKey
{
    private const int KeySize = 32;
    private readonly byte[] _privateKey;
    private readonly Scalar _scalar;

    private EthereumKey(byte[] privateKey, Scalar scalar)
    {
        _privateKey = privateKey;
        _scalar = scalar;
        PublicKey = new EthereumPublicKey(GeneratorMultiplier.Multiply(scalar));
    }

    public EthereumPublicKey PublicKey { get; }

    /// <summary>EIP-55 checksummed address of this key.</summary>
    public string Address => PublicKey.Address;

    /// <summary>Hex with or without 0x; shorter keys are left-padded with zeros to 32 bytes.</summary>
    public static EthereumKey FromHex(string privateKeyHex)
    {
        ArgumentNullException.ThrowIfNull(privateKeyHex);
        byte[] bytes;
        try
        {
            bytes = Hex.ParseUnsigned(privateKeyHex, KeySize);
        }
        catch (FormatException)
        {
            // Deliberately not echoing the input: it is a secret.
            throw new FormatException("Private key must be hex (optionally 0x-prefixed) of at most 32 bytes.");
        }

        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>A big-endian private key of at most 32 bytes (left-padded).</summary>
    public static EthereumKey FromBytes(ReadOnlySpan<byte> privateKey)
    {
        var firstNonZero = privateKey.IndexOfAnyExcept((byte)0);
        var significant = firstNonZero < 0 ? [] : privateKey[firstNonZero..];
        if (significant.Length > KeySize)
            throw new ArgumentException("Private key is longer than 32 bytes.", nameof(privateKey));
        var padded = new byte[KeySize];
        significant.CopyTo(padded.AsSpan(KeySize - significant.Length));
        if (!Scalar.TryFromBigEndianNonZero(padded, out var scalar))
            throw new ArgumentException("Private key must be in [1, n-1] for secp256k1.", nameof(privateKey));
        return new EthereumKey(padded, scalar);
    }

    /// <summary>Signs a 32-byte digest as is (no prefix, no further hashing).</summary>
    public EcdsaSignature Sign(ReadOnlySpan<byte> digest)
    {
        var trace = SignWithTrace(digest);
        Span<byte> r = stackalloc byte[32];
        Span<byte> s = stackalloc byte[32];
        trace.R.WriteBigEndian(r);
        trace.S.WriteBigEndian(s);
        return new EcdsaSignature(r, s, trace.RecoveryId);
    }

    /// <summary>A 32-byte key for <paramref name="purpose"/> (HMAC-SHA256 keyed with this private key): stable, and says nothing of the key.</summary>
    public byte[] DeriveKey(ReadOnlySpan<byte> purpose) => HMACSHA256.HashData(_privateKey, purpose);

    internal EcdsaSigningTrace SignWithTrace(ReadOnlySpan<byte> digest) => Ecdsa.Sign(_scalar, _privateKey, digest);

    public override string ToString() => $"EthereumKey({Address})";
}
