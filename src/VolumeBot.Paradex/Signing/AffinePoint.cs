namespace VolumeBot.Paradex.Signing;

/// <summary>A finite curve point in affine coordinates (Montgomery form). Infinity is not representable.</summary>
internal readonly struct AffinePoint
{
    public readonly FieldElement X;
    public readonly FieldElement Y;

    public AffinePoint(in FieldElement x, in FieldElement y)
    {
        X = x;
        Y = y;
    }

    // declared before Generator: static initialisers run in textual order
    public static readonly FieldElement Beta = FieldElement.FromFelt(StarkCurve.Beta);

    public static readonly AffinePoint Generator = FromCoordinates(StarkCurve.GeneratorX, StarkCurve.GeneratorY);

    public static AffinePoint FromCoordinates(Felt x, Felt y)
    {
        var point = new AffinePoint(FieldElement.FromFelt(x), FieldElement.FromFelt(y));
        if (!point.IsOnCurve())
        {
            throw new ArgumentException("Point is not on the Stark curve.");
        }

        return point;
    }

    /// <summary>x³ + x + β.</summary>
    public static FieldElement CurveRightHandSide(in FieldElement x) =>
        FieldElement.Add(FieldElement.Mul(FieldElement.Add(FieldElement.Square(x), FieldElement.One), x), Beta);

    public bool IsOnCurve() => FieldElement.Square(Y).Equals(CurveRightHandSide(X));

    public AffinePoint Negate() => new(X, FieldElement.Negate(Y));
}
