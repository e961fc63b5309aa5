namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Precomputed multiples of a fixed point for 8-bit windows: entry (w, d) = d·2^(8w)·P for d in 1..255.
/// Multiplying by a scalar then costs one mixed addition per non-zero byte and no doublings.
/// </summary>
internal sealed class FixedBaseTable
{
    private const int WindowBits = 8;
    private const int EntriesPerWindow = (1 << WindowBits) - 1;

    private readonly AffinePoint[] entries;

    private FixedBaseTable(AffinePoint[] entries, int scalarBits)
    {
        this.entries = entries;
        ScalarBits = scalarBits;
    }

    /// <summary>Scalars must be below 2^ScalarBits.</summary>
    public int ScalarBits { get; }

    public static FixedBaseTable Build(in AffinePoint basePoint, int scalarBits)
    {
        var windows = (scalarBits + WindowBits - 1) / WindowBits;
        var points = new JacobianPoint[windows * EntriesPerWindow];
        var used = new bool[points.Length];
        var windowBase = basePoint;
        for (var w = 0; w < windows; w++)
        {
            var bitsInWindow = Math.Min(WindowBits, scalarBits - (w * WindowBits));
            var count = (1 << bitsInWindow) - 1;
            var acc = JacobianPoint.FromAffine(windowBase);
            for (var d = 1; d <= count; d++)
            {
                if (d > 1)
                {
                    JacobianPoint.AddMixed(ref acc, windowBase);
                }

                points[(w * EntriesPerWindow) + d - 1] = acc;
                used[(w * EntriesPerWindow) + d - 1] = true;
            }

            if (w + 1 < windows)
            {
                JacobianPoint.AddMixed(ref acc, windowBase); // 256·windowBase
                windowBase = acc.ToAffine();
            }
        }

        // unused slots of a partial last window get a harmless copy so the batch conversion stays simple
        for (var i = 0; i < points.Length; i++)
        {
            if (!used[i])
            {
                points[i] = JacobianPoint.FromAffine(basePoint);
            }
        }

        return new FixedBaseTable(JacobianPoint.BatchToAffine(points), scalarBits);
    }

    /// <summary>acc += scalar·P where scalar is given by its little-endian 64-bit limbs and is below 2^ScalarBits.</summary>
    public void MultiplyAdd(ref JacobianPoint acc, ulong l0, ulong l1, ulong l2, ulong l3)
    {
        AddLimb(ref acc, l0, 0);
        AddLimb(ref acc, l1, 8);
        AddLimb(ref acc, l2, 16);
        AddLimb(ref acc, l3, 24);
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

    private void AddLimb(ref JacobianPoint acc, ulong limb, int firstWindow)
    {
        var offset = firstWindow * EntriesPerWindow;
        while (limb != 0)
        {
            var digit = (int)(limb & 0xFF);
            if (digit != 0)
            {
                JacobianPoint.AddMixed(ref acc, entries[offset + digit - 1]);
            }

            limb >>= WindowBits;
            offset += EntriesPerWindow;
        }
    }
}
