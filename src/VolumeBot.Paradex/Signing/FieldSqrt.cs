namespace VolumeBot.Paradex.Signing;

/// <summary>Tonelli–Shanks square root in F_p; p − 1 = 2^192·q with q = 2^59 + 17, so p ≡ 1 (mod 4) needs it.</summary>
internal static class FieldSqrt
{
    private const int TwoAdicity = 192;
    private static readonly Felt Q = (1UL << 59) + 17;
    private static readonly Felt QPlusOneHalf = ((1UL << 59) + 18) / 2;
    private static readonly Lazy<FieldElement> RootOfUnity = new(FindRootOfUnity);

    public static bool TrySqrt(in FieldElement a, out FieldElement root)
    {
        root = FieldElement.Zero;
        if (a.IsZero)
        {
            return true;
        }

        var x = FieldElement.Pow(a, QPlusOneHalf);
        var t = FieldElement.Pow(a, Q);
        var c = RootOfUnity.Value;
        var m = TwoAdicity;
        while (!t.Equals(FieldElement.One))
        {
            var i = 0;
            var probe = t;
            while (!probe.Equals(FieldElement.One))
            {
                probe = FieldElement.Square(probe);
                i++;
                if (i == m)
                {
                    return false; // a is not a square
                }
            }

            var b = c;
            for (var j = 0; j < m - i - 1; j++)
            {
                b = FieldElement.Square(b);
            }

            x = FieldElement.Mul(x, b);
            c = FieldElement.Square(b);
            t = FieldElement.Mul(t, c);
            m = i;
        }

        root = x;
        return true;
    }

    // z^q for the smallest quadratic non-residue z: a primitive 2^192-th root of unity
    private static FieldElement FindRootOfUnity()
    {
        var halfOrder = Felt.FromBigInteger((StarkCurve.FieldPrimeBig - 1) / 2);
        var minusOne = FieldElement.Negate(FieldElement.One);
        for (ulong z = 2; ; z++)
        {
            var candidate = FieldElement.FromFelt(z);
            if (FieldElement.Pow(candidate, halfOrder).Equals(minusOne))
            {
                return FieldElement.Pow(candidate, Q);
            }
        }
    }
}
