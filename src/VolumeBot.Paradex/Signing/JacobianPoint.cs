using System.Runtime.CompilerServices;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Curve point in Jacobian coordinates (x = X/Z², y = Y/Z³); Z = 0 is the point at infinity.
/// Formulas: dbl-2007-bl (with α = 1), madd-2007-bl and add-2007-bl from the EFD.
/// </summary>
internal struct JacobianPoint
{
    public FieldElement X;
    public FieldElement Y;
    public FieldElement Z;

    public JacobianPoint(in FieldElement x, in FieldElement y, in FieldElement z)
    {
        X = x;
        Y = y;
        Z = z;
    }

    public static JacobianPoint Infinity => default;

    public readonly bool IsInfinity => Z.IsZero;

    public static JacobianPoint FromAffine(in AffinePoint p) => new(p.X, p.Y, FieldElement.One);

    public readonly AffinePoint ToAffine()
    {
        if (IsInfinity)
        {
            throw new InvalidOperationException("The point at infinity has no affine coordinates.");
        }

        var zInv = FieldElement.Inverse(Z);
        var zInv2 = FieldElement.Square(zInv);
        return new AffinePoint(FieldElement.Mul(X, zInv2), FieldElement.Mul(Y, FieldElement.Mul(zInv2, zInv)));
    }

    public readonly FieldElement AffineX()
    {
        if (IsInfinity)
        {
            throw new InvalidOperationException("The point at infinity has no affine coordinates.");
        }

        return FieldElement.Mul(X, FieldElement.Square(FieldElement.Inverse(Z)));
    }

    public static JacobianPoint Double(in JacobianPoint p)
    {
        if (p.IsInfinity || p.Y.IsZero)
        {
            return Infinity;
        }

        var xx = FieldElement.Square(p.X);
        var yy = FieldElement.Square(p.Y);
        var yyyy = FieldElement.Square(yy);
        var zz = FieldElement.Square(p.Z);
        var s = FieldElement.Double(FieldElement.Sub(FieldElement.Sub(FieldElement.Square(FieldElement.Add(p.X, yy)), xx), yyyy));
        var m = FieldElement.Add(FieldElement.Add(FieldElement.Double(xx), xx), FieldElement.Square(zz));
        var x3 = FieldElement.Sub(FieldElement.Square(m), FieldElement.Double(s));
        var yyyy8 = FieldElement.Double(FieldElement.Double(FieldElement.Double(yyyy)));
        var y3 = FieldElement.Sub(FieldElement.Mul(m, FieldElement.Sub(s, x3)), yyyy8);
        var z3 = FieldElement.Sub(FieldElement.Sub(FieldElement.Square(FieldElement.Add(p.Y, p.Z)), yy), zz);
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>acc += q (q affine). Handles infinity, equal and opposite points.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddMixed(ref JacobianPoint acc, in AffinePoint q)
    {
        if (acc.IsInfinity)
        {
            acc = FromAffine(q);
            return;
        }

        var z1z1 = FieldElement.Square(acc.Z);
        var u2 = FieldElement.Mul(q.X, z1z1);
        var s2 = FieldElement.Mul(q.Y, FieldElement.Mul(acc.Z, z1z1));
        var h = FieldElement.Sub(u2, acc.X);
        var r = FieldElement.Double(FieldElement.Sub(s2, acc.Y));
        if (h.IsZero)
        {
            acc = r.IsZero ? Double(acc) : Infinity;
            return;
        }

        var hh = FieldElement.Square(h);
        var i = FieldElement.Double(FieldElement.Double(hh));
        var j = FieldElement.Mul(h, i);
        var v = FieldElement.Mul(acc.X, i);
        var x3 = FieldElement.Sub(FieldElement.Sub(FieldElement.Square(r), j), FieldElement.Double(v));
        var y3 = FieldElement.Sub(FieldElement.Mul(r, FieldElement.Sub(v, x3)), FieldElement.Double(FieldElement.Mul(acc.Y, j)));
        var z3 = FieldElement.Sub(FieldElement.Sub(FieldElement.Square(FieldElement.Add(acc.Z, h)), z1z1), hh);
        acc = new JacobianPoint(x3, y3, z3);
    }

    public static JacobianPoint Add(in JacobianPoint p, in JacobianPoint q)
    {
        if (p.IsInfinity)
        {
            return q;
        }

        if (q.IsInfinity)
        {
            return p;
        }

        var z1z1 = FieldElement.Square(p.Z);
        var z2z2 = FieldElement.Square(q.Z);
        var u1 = FieldElement.Mul(p.X, z2z2);
        var u2 = FieldElement.Mul(q.X, z1z1);
        var s1 = FieldElement.Mul(p.Y, FieldElement.Mul(q.Z, z2z2));
        var s2 = FieldElement.Mul(q.Y, FieldElement.Mul(p.Z, z1z1));
        var h = FieldElement.Sub(u2, u1);
        var r = FieldElement.Double(FieldElement.Sub(s2, s1));
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : Infinity;
        }

        var i = FieldElement.Square(FieldElement.Double(h));
        var j = FieldElement.Mul(h, i);
        var v = FieldElement.Mul(u1, i);
        var x3 = FieldElement.Sub(FieldElement.Sub(FieldElement.Square(r), j), FieldElement.Double(v));
        var y3 = FieldElement.Sub(FieldElement.Mul(r, FieldElement.Sub(v, x3)), FieldElement.Double(FieldElement.Mul(s1, j)));
        var z3 = FieldElement.Mul(FieldElement.Sub(FieldElement.Sub(FieldElement.Square(FieldElement.Add(p.Z, q.Z)), z1z1), z2z2), h);
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>Converts many points to affine with a single inversion (Montgomery's trick). No point may be infinity.</summary>
    public static AffinePoint[] BatchToAffine(ReadOnlySpan<JacobianPoint> points)
    {
        var result = new AffinePoint[points.Length];
        if (points.IsEmpty)
        {
            return result;
        }

        var prefix = new FieldElement[points.Length];
        var running = FieldElement.One;
        for (var i = 0; i < points.Length; i++)
        {
            if (points[i].IsInfinity)
            {
                throw new InvalidOperationException("Cannot normalise the point at infinity.");
            }

            prefix[i] = running;
            running = FieldElement.Mul(running, points[i].Z);
        }

        var inverse = FieldElement.Inverse(running);
        for (var i = points.Length - 1; i >= 0; i--)
        {
            var zInv = FieldElement.Mul(inverse, prefix[i]);
            inverse = FieldElement.Mul(inverse, points[i].Z);
            var zInv2 = FieldElement.Square(zInv);
            result[i] = new AffinePoint(FieldElement.Mul(points[i].X, zInv2), FieldElement.Mul(points[i].Y, FieldElement.Mul(zInv2, zInv)));
        }

        return result;
    }
}
