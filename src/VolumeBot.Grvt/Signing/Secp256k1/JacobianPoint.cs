namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// A point in Jacobian coordinates (X/Z², Y/Z³); Z = 0 is the point at infinity.
/// Formulas are the classic ones for a = 0 curves; exceptional cases (P = ±Q) are handled explicitly.
/// </summary>
internal readonly record struct JacobianPoint(FieldElement X, FieldElement Y, FieldElement Z)
{
    public static JacobianPoint Infinity => new(FieldElement.One, FieldElement.One, FieldElement.Zero);

    public bool IsInfinity => Z.IsZero;

    public static JacobianPoint FromAffine(in AffinePoint p) => new(p.X, p.Y, FieldElement.One);

    public AffinePoint ToAffine()
    {
        if (IsInfinity)
            throw new InvalidOperationException("The point at infinity has no affine coordinates.");
        var zInverse = Z.Invert();
        var zInverse2 = zInverse.Square();
        return new AffinePoint(X * zInverse2, Y * zInverse2 * zInverse);
    }

    public JacobianPoint Double()
    {
        if (IsInfinity || Y.IsZero)
            return Infinity;
        var a = X.Square();
        var b = Y.Square();
        var c = b.Square();
        var d = ((X + b).Square() - a - c).Double();
        var e = a.Double() + a;
        var f = e.Square();
        var x3 = f - d.Double();
        var c8 = c.Double().Double().Double();
        var y3 = e * (d - x3) - c8;
        var z3 = (Y * Z).Double();
        return new JacobianPoint(x3, y3, z3);
    }

    /// <summary>this + q where q is affine (mixed addition, 8M + 3S).</summary>
    public JacobianPoint Add(in AffinePoint q)
    {
        if (IsInfinity)
            return FromAffine(q);
        var z2 = Z.Square();
        var u2 = q.X * z2;
        var s2 = q.Y * z2 * Z;
        var h = u2 - X;
        var r = s2 - Y;
        if (h.IsZero)
            return r.IsZero ? Double() : Infinity;
        var h2 = h.Square();
        var h3 = h2 * h;
        var v = X * h2;
        var x3 = r.Square() - h3 - v.Double();
        var y3 = r * (v - x3) - Y * h3;
        return new JacobianPoint(x3, y3, Z * h);
    }

    /// <summary>this + q for two Jacobian points (12M + 4S).</summary>
    public JacobianPoint Add(in JacobianPoint q)
    {
        if (IsInfinity)
            return q;
        if (q.IsInfinity)
            return this;
        var z1z1 = Z.Square();
        var z2z2 = q.Z.Square();
        var u1 = X * z2z2;
        var u2 = q.X * z1z1;
        var s1 = Y * z2z2 * q.Z;
        var s2 = q.Y * z1z1 * Z;
        var h = u2 - u1;
        var r = s2 - s1;
        if (h.IsZero)
            return r.IsZero ? Double() : Infinity;
        var h2 = h.Square();
        var h3 = h2 * h;
        var v = u1 * h2;
        var x3 = r.Square() - h3 - v.Double();
        var y3 = r * (v - x3) - s1 * h3;
        return new JacobianPoint(x3, y3, Z * q.Z * h);
    }

    /// <summary>k·P by a 4-bit fixed window; variable time, for public inputs only (signature recovery).</summary>
    public static JacobianPoint MultiplyPublic(in AffinePoint p, in Scalar k)
    {
        Span<JacobianPoint> multiples = stackalloc JacobianPoint[16];
        multiples[0] = Infinity;
        multiples[1] = FromAffine(p);
        for (var i = 2; i < 16; i++)
            multiples[i] = multiples[i - 1].Add(p);

        var acc = Infinity;
        for (var window = 63; window >= 0; window--)
        {
            acc = acc.Double().Double().Double().Double();
            var nibble = (k.Bit(4 * window + 3) << 3) | (k.Bit(4 * window + 2) << 2) | (k.Bit(4 * window + 1) << 1) | k.Bit(4 * window);
            if (nibble != 0)
                acc = acc.Add(multiples[nibble]);
        }

        return acc;
    }
}
