namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>What a signing run produced, including the values the test vectors pin down.</summary>
internal readonly record struct EcdsaSigningTrace(
    Scalar R, Scalar S, int RecoveryId, Scalar Nonce, Scalar RawS, int RawRecoveryId, bool LowSNormalized);

/// <summary>secp256k1 ECDSA over a 32-byte digest (no further hashing) with RFC 6979 nonces and low-s.</summary>
internal static class Ecdsa
{
    /// <summary>p - n.</summary>
    private static readonly Scalar FieldMinusOrder = new(0x402DA1722FC9BAEE, 0x4551231950B75FC4, 1, 0);

    public static EcdsaSigningTrace Sign(in Scalar privateKey, ReadOnlySpan<byte> privateKeyBytes, ReadOnlySpan<byte> digest)
    {
        if (digest.Length != 32)
            throw new ArgumentException("Digest must be 32 bytes.", nameof(digest));

        var e = Scalar.FromBigEndianReduced(digest);
        Span<byte> h1 = stackalloc byte[32];
        e.WriteBigEndian(h1);
        Span<byte> workspace = stackalloc byte[64];
        var nonces = new Rfc6979Nonce(privateKeyBytes, h1, workspace);
        Span<byte> xBytes = stackalloc byte[32];
        try
        {
            while (true)
            {
                var k = nonces.Next();
                var point = GeneratorMultiplier.Multiply(k);
                point.X.WriteBigEndian(xBytes);
                var r = Scalar.FromBigEndianReduced(xBytes, out var xOverflowed);
                if (r.IsZero)
                    continue;

                var s = k.Invert() * (e + r * privateKey);
                if (s.IsZero)
                    continue;

                // Bit 1 (R.x ≥ n) has probability ~2^-128; GRVT only accepts v = 27/28.
                var rawRecoveryId = (point.Y.IsOdd ? 1 : 0) | (xOverflowed ? 2 : 0);
                var high = s.IsHigh;
                var lowS = high ? -s : s;
                var recoveryId = high ? rawRecoveryId ^ 1 : rawRecoveryId;
                return new EcdsaSigningTrace(r, lowS, recoveryId, k, s, rawRecoveryId, high);
            }
        }
        finally
        {
            workspace.Clear();
        }
    }

    /// <summary>Q = r⁻¹·(s·R - e·G), where R is rebuilt from r and the recovery id.</summary>
    public static bool TryRecover(ReadOnlySpan<byte> digest, in Scalar r, in Scalar s, int recoveryId, out AffinePoint publicKey)
    {
        publicKey = default;
        if (digest.Length != 32 || r.IsZero || s.IsZero || recoveryId is < 0 or > 3)
            return false;

        Span<byte> xBytes = stackalloc byte[32];
        r.WriteBigEndian(xBytes);
        if (!FieldElement.TryFromBigEndian(xBytes, out var x))
            return false;
        if ((recoveryId & 2) != 0)
        {
            // R.x was r + n, which is only possible while r + n < p.
            if (!r.IsLessThan(FieldMinusOrder))
                return false;
            x += new FieldElement(Scalar.Order.L0, Scalar.Order.L1, Scalar.Order.L2, Scalar.Order.L3);
        }

        if (!AffinePoint.TryFromX(x, (recoveryId & 1) == 1, out var rPoint))
            return false;

        var e = Scalar.FromBigEndianReduced(digest);
        var rInverse = r.Invert();
        var u1 = -(e * rInverse);
        var u2 = s * rInverse;

        var q = JacobianPoint.MultiplyPublic(rPoint, u2);
        if (!u1.IsZero)
            q = q.Add(JacobianPoint.FromAffine(GeneratorMultiplier.Multiply(u1)));
        if (q.IsInfinity)
            return false;
        publicKey = q.ToAffine();
        return true;
    }
}
