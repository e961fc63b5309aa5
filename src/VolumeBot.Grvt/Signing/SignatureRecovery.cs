using System.Diagnostics.CodeAnalysis;
using Secp256k1Net;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// ecrecover: the signer of a digest from (r, s, v), as the GRVT server does to check
/// <c>signature.signer</c>. Accepts v = 27/28 only and any s in [1, n-1]; use
/// <see cref="IsLowS"/> to apply the venue's low-s rule separately.
/// </summary>
public static class SignatureRecovery
{
    /// <summary>n, the order of secp256k1, big-endian.</summary>
    public static ReadOnlySpan<byte> CurveOrder =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
        0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
    ];

    /// <summary>n / 2 (rounded down), the largest s the venue accepts.</summary>
    private static ReadOnlySpan<byte> HalfCurveOrder =>
    [
        0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0x5D, 0x57, 0x6E, 0x73, 0x57, 0xA4, 0x50, 0x1D, 0xDF, 0xE9, 0x2F, 0x46, 0x68, 0x1B, 0x20, 0xA0,
    ];

    public static string RecoverAddress(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int v) =>
        TryRecoverPublicKey(digest, r, s, v, out var publicKey)
            ? publicKey.Address
            : throw new ArgumentException("Signature does not recover to a public key (bad r, s, v or digest).");

    public static bool TryRecoverAddress(
        ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int v, [NotNullWhen(true)] out string? address)
    {
        address = TryRecoverPublicKey(digest, r, s, v, out var publicKey) ? publicKey.Address : null;
        return address is not null;
    }

    public static bool TryRecoverPublicKey(
        ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int v, [NotNullWhen(true)] out EthereumPublicKey? publicKey)
    {
        publicKey = null;
        if (digest.Length != 32 || r.Length != 32 || s.Length != 32 || v is not (27 or 28))
            return false;
        if (!IsScalar(r) || !IsScalar(s))
            return false;

        Span<byte> compact = stackalloc byte[64];
        r.CopyTo(compact);
        s.CopyTo(compact[32..]);
        using var secp256k1 = new Secp256k1();
        Span<byte> signature = stackalloc byte[Secp256k1.UNSERIALIZED_SIGNATURE_SIZE];
        Span<byte> point = stackalloc byte[Secp256k1.UNSERIALIZED_PUBKEY_LENGTH];
        if (!secp256k1.EcdsaRecoverableSignatureParseCompact(signature, compact, v - 27) || !secp256k1.EcdsaRecover(point, signature, digest))
            return false;

        var uncompressed = new byte[Secp256k1.SERIALIZED_UNCOMPRESSED_PUBKEY_LENGTH];
        nuint length = (nuint)uncompressed.Length;
        if (!secp256k1.EcPubkeySerialize(uncompressed, ref length, point, Secp256k1EcFlags.Uncompressed))
            return false;
        publicKey = new EthereumPublicKey(uncompressed);
        return true;
    }

    public static EthereumPublicKey RecoverPublicKey(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int v) =>
        TryRecoverPublicKey(digest, r, s, v, out var publicKey)
            ? publicKey
            : throw new ArgumentException("Signature does not recover to a public key (bad r, s, v or digest).");

    /// <summary>True when s ≤ n/2 (GRVT rejects other signatures with error 2007).</summary>
    public static bool IsLowS(ReadOnlySpan<byte> s) =>
        s.Length == 32 && IsScalar(s) && s.SequenceCompareTo(HalfCurveOrder) <= 0;

    /// <summary>In [1, n-1].</summary>
    private static bool IsScalar(ReadOnlySpan<byte> value) =>
        value.IndexOfAnyExcept((byte)0) >= 0 && value.SequenceCompareTo(CurveOrder) < 0;
}
