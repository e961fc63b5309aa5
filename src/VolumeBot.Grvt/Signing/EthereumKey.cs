using System.Security.Cryptography;
using Secp256k1Net;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// A secp256k1 private key (e.g. GRVT_PRIVATE_KEY) that signs 32-byte digests Ethereum-style with libsecp256k1:
/// RFC 6979 deterministic nonce, low-s, v = 27/28. The key material is never exposed or printed.
/// </summary>
public sealed class EthereumKey
{
    private const int KeySize = 32;
    private readonly byte[] _privateKey;

    private EthereumKey(byte[] privateKey)
    {
        _privateKey = privateKey;
        PublicKey = new EthereumPublicKey(Secp256k1.CreatePublicKey(privateKey, compressed: false));
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
        if (!Secp256k1.IsValidSecretKey(padded))
            throw new ArgumentException("Private key must be in [1, n-1] for secp256k1.", nameof(privateKey));
        return new EthereumKey(padded);
    }

    /// <summary>Signs a 32-byte digest as is (no prefix, no further hashing).</summary>
    public EcdsaSignature Sign(ReadOnlySpan<byte> digest)
    {
        if (digest.Length != 32)
            throw new ArgumentException("Digest must be 32 bytes.", nameof(digest));
        // libsecp256k1 signs low-s and flips the recovery id when it negates s.
        var (compact, recoveryId) = Secp256k1.SignRecoverable(digest, _privateKey);
        return new EcdsaSignature(compact.AsSpan(0, 32), compact.AsSpan(32, 32), recoveryId);
    }

    /// <summary>A 32-byte key for <paramref name="purpose"/> (HMAC-SHA256 keyed with this private key): stable, and says nothing of the key.</summary>
    public byte[] DeriveKey(ReadOnlySpan<byte> purpose) => HMACSHA256.HashData(_privateKey, purpose);

    public override string ToString() => $"EthereumKey({Address})";
}
