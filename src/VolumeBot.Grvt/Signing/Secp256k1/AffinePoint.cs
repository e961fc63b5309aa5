namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>A finite point (x, y) on y² = x³ + 7.</summary>
internal readonly record struct AffinePoint(FieldElement X, FieldElement Y)
{
    private static readonly FieldElement B = new(7, 0, 0, 0);

    public static AffinePoint Generator { get; } = new(
        new FieldElement(0x59F2815B16F81798, 0x029BFCDB2DCE28D9, 0x55A06295CE870B07, 0x79BE667EF9DCBBAC),
        new FieldElement(0x9C47D08FFB10D4B8, 0xFD17B448A6855419, 0x5DA4FBFC0E1108A8, 0x483ADA7726A3C465));

    public bool IsOnCurve => Y.Square() == X.Square() * X + B;

    public AffinePoint Negate() => new(X, -Y);

    public AffinePoint ConditionalNegate(ulong negate) => new(X, FieldElement.Select(Y, -Y, negate));

    /// <summary>Rebuilds a point from its x coordinate and the parity of y; false when x is not on the curve.</summary>
    public static bool TryFromX(in FieldElement x, bool yIsOdd, out AffinePoint point)
    {
        point = default;
        if (!(x.Square() * x + B).TrySqrt(out var y))
            return false;
        if (y.IsOdd != yIsOdd)
            y = -y;
        point = new AffinePoint(x, y);
        return true;
    }

    /// <summary>0x04 ‖ X ‖ Y.</summary>
    public byte[] ToUncompressed()
    {
        var bytes = new byte[65];
        bytes[0] = 0x04;
        X.WriteBigEndian(bytes.AsSpan(1));
        Y.WriteBigEndian(bytes.AsSpan(33));
        return bytes;
    }

    /// <summary>0x02/0x03 (parity of y) ‖ X.</summary>
    public byte[] ToCompressed()
    {
        var bytes = new byte[33];
        bytes[0] = Y.IsOdd ? (byte)0x03 : (byte)0x02;
        X.WriteBigEndian(bytes.AsSpan(1));
        return bytes;
    }
}
