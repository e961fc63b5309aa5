namespace VolumeBot.Paradex.Signing;

/// <summary>
/// A Stark public key prepared for verification. Paradex identifies keys by x only, so verification
/// accepts a signature for either point (x, y) or (x, −y), like StarkWare's verifier.
/// Decompressing from x needs a square root (~0.3 ms); cache instances per key.
/// </summary>
public sealed class StarkPublicKey
{
    private readonly AffinePoint point;

    private StarkPublicKey(AffinePoint point)
    {
        this.point = point;
    }

    public Felt X => point.X.ToFelt();

    public static StarkPublicKey FromPoint(Felt x, Felt y) => new(AffinePoint.FromCoordinates(x, y));

    public static bool TryFromX(Felt x, out StarkPublicKey? publicKey)
    {
        publicKey = null;
        if (!x.IsFieldElement)
        {
            return false;
        }

        var fx = FieldElement.FromFelt(x);
        if (!FieldSqrt.TrySqrt(AffinePoint.CurveRightHandSide(fx), out var y))
        {
            return false;
        }

        publicKey = new StarkPublicKey(new AffinePoint(fx, y));
        return true;
    }

    public static StarkPublicKey FromX(Felt x) =>
        TryFromX(x, out var key) ? key! : throw new ArgumentException("x is not the coordinate of a curve point.", nameof(x));

    public bool Verify(Felt messageHash, StarkSignature signature) => Verify(messageHash, signature.R, signature.S);

    public bool Verify(Felt messageHash, Felt r, Felt s)
    {
        var bound = StarkCurve.SignatureBound;
        if (messageHash >= bound || r.IsZero || r >= bound || s.IsZero || s >= StarkCurve.Order)
        {
            return false;
        }

        var w = Scalar.Inverse(Scalar.FromFelt(s));
        if (w.ToFelt() >= bound)
        {
            return false;
        }

        var u1 = Scalar.Mul(Scalar.FromFelt(messageHash), w).ToFelt();
        var u2 = Scalar.Mul(Scalar.FromFelt(r), w).ToFelt();
        var a = GeneratorTable.Multiply(u1);
        var b = VariableBase.Multiply(point, u2);
        return MatchesR(JacobianPoint.Add(a, b), r) || MatchesR(JacobianPoint.Add(a, Negate(b)), r);
    }

    private static bool MatchesR(in JacobianPoint candidate, Felt r) =>
        !candidate.IsInfinity && candidate.AffineX().ToFelt().ReduceBySubtraction(StarkCurve.Order) == r;

    private static JacobianPoint Negate(in JacobianPoint p) => new(p.X, FieldElement.Negate(p.Y), p.Z);
}
