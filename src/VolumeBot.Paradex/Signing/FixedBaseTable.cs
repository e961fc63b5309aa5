namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Precomputed multiples of a fixed point for w-bit windows: entry (i, d) = d·2^(w·i)·P for d in 1..2^w−1.
/// Multiplying by a scalar then costs one mixed addition per non-zero digit and no doublings.
/// </summary>
internal sealed class FixedBaseTable
{
    private readonly AffinePoint[] entries;
    private readonly int windowBits;
    private readonly int entriesPerWindow;

    private FixedBaseTable(AffinePoint[] entries, int scalarBits, int windowBits)
    {
        this.entries = entries;
        this.windowBits = windowBits;
        entriesPerWindow = (1 << windowBits) - 1;
        ScalarBits = scalarBits;
    }

    /// <summary>Scalars must be below 2^ScalarBits.</summary>
    public int ScalarBits { get; }

    public static FixedBaseTable Build(in AffinePoint basePoint, int scalarBits, int windowBits)
    {
        var perWindow = (1 << windowBits) - 1;
        var windows = (scalarBits + windowBits - 1) / windowBits;
        var points = new JacobianPoint[windows * perWindow];
        var windowBase = basePoint;
        for (var w = 0; w < windows; w++)
        {
            var bitsInWindow = Math.Min(windowBits, scalarBits - (w * windowBits));
            var count = (1 << bitsInWindow) - 1;
            var acc = JacobianPoint.FromAffine(windowBase);
            for (var d = 1; d <= perWindow; d++)
            {
                if (d > count)
                {
                    // digits above the last window's width never occur; keep a harmless copy there
                    points[(w * perWindow) + d - 1] = JacobianPoint.FromAffine(basePoint);
                    continue;
                }

                if (d > 1)
                {
                    JacobianPoint.AddMixed(ref acc, windowBase);
                }

                points[(w * perWindow) + d - 1] = acc;
            }

            if (w + 1 < windows)
            {
                JacobianPoint.AddMixed(ref acc, windowBase); // 2^w·windowBase
                windowBase = acc.ToAffine();
            }
        }

        return new FixedBaseTable(JacobianPoint.BatchToAffine(points), scalarBits, windowBits);
    }

    /// <summary>acc += scalar·P; the scalar (little-endian 64-bit limbs) must be below 2^ScalarBits.</summary>
    public void MultiplyAdd(ref JacobianPoint acc, ulong l0, ulong l1, ulong l2, ulong l3)
    {
        var bits = l3 != 0 ? 256 - ulong.LeadingZeroCount(l3)
            : l2 != 0 ? 192 - ulong.LeadingZeroCount(l2)
            : l1 != 0 ? 128 - ulong.LeadingZeroCount(l1)
            : 64 - ulong.LeadingZeroCount(l0);
        var offset = 0;
        for (var bit = 0; bit < (int)bits; bit += windowBits)
        {
            var digit = Digit(l0, l1, l2, l3, bit);
            if (digit != 0)
            {
                JacobianPoint.AddMixed(ref acc, entries[offset + digit - 1]);
            }

            offset += entriesPerWindow;
        }
    }

    public JacobianPoint Multiply(Felt scalar)
    {
        if (scalar.BitLength > ScalarBits)
        {
            throw new ArgumentOutOfRangeException(nameof(scalar), "Scalar is too large for this table.");
        }

        var acc = JacobianPoint.Infinity;
        MultiplyAdd(ref acc, scalar.L0, scalar.L1, scalar.L2, scalar.L3);
        return acc;
    }

    private int Digit(ulong l0, ulong l1, ulong l2, ulong l3, int bit)
    {
        var limb = bit >> 6;
        var shift = bit & 63;
        var low = limb switch { 0 => l0, 1 => l1, 2 => l2, _ => l3 };
        var value = low >> shift;
        if (shift + windowBits > 64 && limb < 3)
        {
            var high = limb switch { 0 => l1, 1 => l2, _ => l3 };
            value |= high << (64 - shift);
        }

        return (int)(value & (ulong)entriesPerWindow);
    }
}
