using System.Diagnostics.CodeAnalysis;
using VolumeBot.Grvt.Signing.Secp256k1;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// ecrecover: the signer of a digest from (r, s, v), as the GRVT server does to check
/// <c>signature.signer</c>. Accepts v = 27/28 only and any s in [1, n-1]; use
/// <see cref="IsLowS"/> to apply the venue's low-s rule separately.
/// </summary>
public static class SignatureRecovery
{
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
        if (!Scalar.TryFromBigEndianNonZero(r, out var rScalar) || !Scalar.TryFromBigEndianNonZero(s, out var sScalar))
            return false;
        if (!Ecdsa.TryRecover(digest, rScalar, sScalar, v - 27, out var point))
            return false;
        publicKey = new EthereumPublicKey(point);
        return true;
    }

    public static EthereumPublicKey RecoverPublicKey(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int v) =>
        TryRecoverPublicKey(digest, r, s, v, out var publicKey)
            ? publicKey
            : throw new ArgumentException("Signature does not recover to a public key (bad r, s, v or digest).");

    /// <summary>True when s ≤ n/2 (GRVT rejects other signatures with error 2007).</summary>
    public static bool IsLowS(ReadOnlySpan<byte> s) =>
        s.Length == 32 && Scalar.TryFromBigEndianNonZero(s, out var value) && !value.IsHigh;
}
