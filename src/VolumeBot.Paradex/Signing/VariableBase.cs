namespace VolumeBot.Paradex.Signing;

/// <summary>Scalar multiplication of an arbitrary point (4-bit fixed window); not on the signing hot path.</summary>
internal static class VariableBase
{
    public static JacobianPoint Multiply(in AffinePoint point, Felt scalar)
    {
        Span<JacobianPoint> multiples = stackalloc JacobianPoint[16];
        multiples[0] = JacobianPoint.Infinity;
        multiples[1] = JacobianPoint.FromAffine(point);
        for (var i = 2; i < 16; i++)
        {
            multiples[i] = multiples[i - 1];
            JacobianPoint.AddMixed(ref multiples[i], point);
        }

        var acc = JacobianPoint.Infinity;
        for (var nibble = 63; nibble >= 0; nibble--)
        {
            for (var i = 0; i < 4; i++)
            {
                acc = JacobianPoint.Double(acc);
            }

            var digit = (int)((scalar.Limb(nibble / 16) >> (4 * (nibble % 16))) & 0xF);
            acc = JacobianPoint.Add(acc, multiples[digit]);
        }

        return acc;
    }
}
