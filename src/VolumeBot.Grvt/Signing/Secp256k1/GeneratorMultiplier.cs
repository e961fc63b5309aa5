using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// k·G with a precomputed table of odd multiples: k is recoded into signed odd base-2^W digits
/// (k = Σ dᵢ·2^(W·i), dᵢ ∈ {±1, ±3, …, ±(2^W - 1)}), so every window adds exactly one table point and
/// no digit is ever zero. Table rows are read in full and the digit signs applied branch-free, so the
/// sequence of operations and memory accesses does not depend on the secret scalar.
/// </summary>
internal static class GeneratorMultiplier
{
    private const int Width = 6;
    private const int Windows = (256 + Width - 1) / Width;
    private const int EntriesPerRow = 1 << (Width - 1); // odd multiples 1, 3, …, 2^W - 1
    private const int WordsPerPoint = 8; // X then Y, four limbs each

    /// <summary>Row i holds (2j+1)·2^(W·i)·G for j in [0, EntriesPerRow), affine, flattened to limbs.</summary>
    private static readonly ulong[] Table = BuildTable();

    public static AffinePoint Multiply(in Scalar k)
    {
        if (k.IsZero)
            throw new ArgumentException("Scalar must be non-zero.", nameof(k));

        // The recoding needs an odd scalar; for even k use n - k (odd, since n is odd) and negate the result.
        var even = k.IsEven ? 1UL : 0UL;
        var odd = Scalar.Select(k, -k, even);

        Span<int> digits = stackalloc int[Windows];
        Recode(odd, digits);

        var acc = JacobianPoint.FromAffine(Lookup(0, digits[0]));
        for (var window = 1; window < Windows; window++)
            acc = acc.Add(Lookup(window, digits[window]));

        return acc.ToAffine().ConditionalNegate(even);
    }

    /// <summary>
    /// Odd k → dᵢ = (k mod 2^(W+1)) - 2^W, k ← (k - dᵢ) / 2^W. Each quotient is odd again, and after
    /// Windows - 1 steps the remainder is an odd value below 2^W, which is the last digit.
    /// </summary>
    private static void Recode(in Scalar k, Span<int> digits)
    {
        const ulong digitMask = (1UL << (Width + 1)) - 1;
        ulong l0 = k.L0, l1 = k.L1, l2 = k.L2, l3 = k.L3;
        for (var i = 0; i < Windows - 1; i++)
        {
            digits[i] = (int)(l0 & digitMask) - (1 << Width);
            // k - d = k - (k mod 2^(W+1)) + 2^W: clear the low W+1 bits and set bit W (no carry possible).
            l0 = (l0 & ~digitMask) | (1UL << Width);
            l0 = (l0 >> Width) | (l1 << (64 - Width));
            l1 = (l1 >> Width) | (l2 << (64 - Width));
            l2 = (l2 >> Width) | (l3 << (64 - Width));
            l3 >>= Width;
        }

        digits[Windows - 1] = (int)l0;
    }

    private static AffinePoint Lookup(int window, int digit)
    {
        var sign = digit >> 31;
        var magnitude = (digit ^ sign) - sign;
        var index = (magnitude - 1) >> 1;

        ref var rowStart = ref MemoryMarshal.GetArrayDataReference(Table);
        rowStart = ref Unsafe.Add(ref rowStart, window * EntriesPerRow * WordsPerPoint);
        var x = Vector256<ulong>.Zero;
        var y = Vector256<ulong>.Zero;
        for (var j = 0; j < EntriesPerRow; j++)
        {
            var match = Vector256.Create((ulong)(((j ^ index) - 1) >> 31)); // all ones when j == index
            ref var entry = ref Unsafe.Add(ref rowStart, j * WordsPerPoint);
            x |= Vector256.LoadUnsafe(ref entry) & match;
            y |= Vector256.LoadUnsafe(ref entry, 4) & match;
        }

        var point = new AffinePoint(
            new FieldElement(x[0], x[1], x[2], x[3]),
            new FieldElement(y[0], y[1], y[2], y[3]));
        return point.ConditionalNegate((ulong)sign & 1);
    }

    private static ulong[] BuildTable()
    {
        var table = new ulong[Windows * EntriesPerRow * WordsPerPoint];
        var rowBase = JacobianPoint.FromAffine(AffinePoint.Generator);
        for (var window = 0; window < Windows; window++)
        {
            var twice = rowBase.Double();
            var multiple = rowBase;
            for (var j = 0; j < EntriesPerRow; j++)
            {
                var affine = multiple.ToAffine();
                var offset = (window * EntriesPerRow + j) * WordsPerPoint;
                (table[offset], table[offset + 1], table[offset + 2], table[offset + 3]) = (affine.X.L0, affine.X.L1, affine.X.L2, affine.X.L3);
                (table[offset + 4], table[offset + 5], table[offset + 6], table[offset + 7]) = (affine.Y.L0, affine.Y.L1, affine.Y.L2, affine.Y.L3);
                multiple = multiple.Add(twice);
            }

            for (var i = 0; i < Width; i++)
                rowBase = rowBase.Double();
        }

        return table;
    }
}
