using System.Numerics;
using System.Runtime.CompilerServices;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Element of the Stark field p = 2^251 + 17·2^192 + 1 in Montgomery form (value·2^256 mod p).
/// The special shape of p (limbs 1, 0, 0, P3 and p ≡ 1 mod 2^64) makes each reduction round
/// a single 64×64 multiplication.
/// </summary>
internal readonly struct FieldElement
{
    private const ulong P3 = 0x0800000000000011UL;

    private static readonly FieldElement RSquared = FromLimbs(Felt.FromBigInteger(BigInteger.Pow(2, 512) % StarkCurve.FieldPrimeBig));

    internal readonly ulong M0;
    internal readonly ulong M1;
    internal readonly ulong M2;
    internal readonly ulong M3;

    private FieldElement(ulong m0, ulong m1, ulong m2, ulong m3)
    {
        M0 = m0;
        M1 = m1;
        M2 = m2;
        M3 = m3;
    }

    public static FieldElement Zero => default;

    public static readonly FieldElement One = FromLimbs(Felt.FromBigInteger(BigInteger.Pow(2, 256) % StarkCurve.FieldPrimeBig));

    public bool IsZero => (M0 | M1 | M2 | M3) == 0;

    /// <summary>Converts a canonical value below p into Montgomery form.</summary>
    public static FieldElement FromFelt(Felt value)
    {
        if (!value.IsFieldElement)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Value is not below the field prime.");
        }

        return Mul(FromLimbs(value), RSquared);
    }

    public Felt ToFelt()
    {
        var plain = Mul(this, new FieldElement(1, 0, 0, 0));
        return new Felt(plain.M0, plain.M1, plain.M2, plain.M3);
    }

    public bool Equals(in FieldElement other) =>
        M0 == other.M0 && M1 == other.M1 && M2 == other.M2 && M3 == other.M3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Add(in FieldElement a, in FieldElement b)
    {
        // a, b < p < 2^252, so the sum never overflows 256 bits
        var r0 = a.M0 + b.M0;
        var c = r0 < a.M0 ? 1UL : 0UL;
        var r1 = a.M1 + b.M1 + c;
        c = (r1 < a.M1) | ((r1 == a.M1) & (c != 0)) ? 1UL : 0UL;
        var r2 = a.M2 + b.M2 + c;
        c = (r2 < a.M2) | ((r2 == a.M2) & (c != 0)) ? 1UL : 0UL;
        var r3 = a.M3 + b.M3 + c;
        return SubtractPIfNotBelow(r0, r1, r2, r3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Double(in FieldElement a) => Add(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Sub(in FieldElement a, in FieldElement b)
    {
        var r0 = a.M0 - b.M0;
        var borrow = a.M0 < b.M0 ? 1UL : 0UL;
        var r1 = a.M1 - b.M1 - borrow;
        borrow = (a.M1 < b.M1) | ((a.M1 == b.M1) & (borrow != 0)) ? 1UL : 0UL;
        var r2 = a.M2 - b.M2 - borrow;
        borrow = (a.M2 < b.M2) | ((a.M2 == b.M2) & (borrow != 0)) ? 1UL : 0UL;
        var r3 = a.M3 - b.M3 - borrow;
        borrow = (a.M3 < b.M3) | ((a.M3 == b.M3) & (borrow != 0)) ? 1UL : 0UL;

        // add p back on borrow: p = 1 + P3·2^192
        var mask = 0 - borrow;
        var s0 = r0 + (mask & 1);
        var c = s0 < r0 ? 1UL : 0UL;
        var s1 = r1 + c;
        c = s1 < c ? 1UL : 0UL;
        var s2 = r2 + c;
        c = s2 < c ? 1UL : 0UL;
        var s3 = r3 + (mask & P3) + c;
        return new FieldElement(s0, s1, s2, s3);
    }

    public static FieldElement Negate(in FieldElement a) => Sub(Zero, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Square(in FieldElement a) => Mul(a, a);

    /// <summary>Montgomery product a·b·2^-256 mod p (CIOS).</summary>
    public static FieldElement Mul(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.M0, a1 = a.M1, a2 = a.M2, a3 = a.M3;
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        Round(a0, a1, a2, a3, b.M0, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a0, a1, a2, a3, b.M1, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a0, a1, a2, a3, b.M2, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a0, a1, a2, a3, b.M3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return SubtractPIfNotBelow(t0, t1, t2, t3);
    }

    /// <summary>a^(p-2) = a^-1 (a ≠ 0). p−2 = 2^251 + 2^196 + (2^192 − 1).</summary>
    public static FieldElement Inverse(in FieldElement a)
    {
        if (a.IsZero)
        {
            throw new DivideByZeroException("Zero has no inverse.");
        }

        // t_k = a^(2^k - 1)
        var t1 = a;
        var t2 = Mul(SquareTimes(t1, 1), t1);
        var t3 = Mul(SquareTimes(t2, 1), a);
        var t6 = Mul(SquareTimes(t3, 3), t3);
        var t12 = Mul(SquareTimes(t6, 6), t6);
        var t24 = Mul(SquareTimes(t12, 12), t12);
        var t48 = Mul(SquareTimes(t24, 24), t24);
        var t96 = Mul(SquareTimes(t48, 48), t48);
        var t192 = Mul(SquareTimes(t96, 96), t96);
        var pow192 = Mul(t192, a);                 // a^(2^192)
        var pow196 = SquareTimes(pow192, 4);       // a^(2^196)
        var pow251 = SquareTimes(pow196, 55);      // a^(2^251)
        return Mul(Mul(t192, pow196), pow251);
    }

    public static FieldElement Pow(in FieldElement a, Felt exponent)
    {
        var result = One;
        for (var bit = exponent.BitLength - 1; bit >= 0; bit--)
        {
            result = Square(result);
            if (exponent.TestBit(bit))
            {
                result = Mul(result, a);
            }
        }

        return result;
    }

    private static FieldElement SquareTimes(FieldElement a, int times)
    {
        for (var i = 0; i < times; i++)
        {
            a = Square(a);
        }

        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(
        ulong a0, ulong a1, ulong a2, ulong a3, ulong bi,
        ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        // t += a·bi; each step is x + y·z + c < 2^128, so the high word never overflows
        var hi = Math.BigMul(a0, bi, out var lo);
        t0 += lo;
        var c = hi + (t0 < lo ? 1UL : 0UL);

        hi = Math.BigMul(a1, bi, out lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        t1 += lo;
        c = hi + (t1 < lo ? 1UL : 0UL);

        hi = Math.BigMul(a2, bi, out lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        t2 += lo;
        c = hi + (t2 < lo ? 1UL : 0UL);

        hi = Math.BigMul(a3, bi, out lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        t3 += lo;
        c = hi + (t3 < lo ? 1UL : 0UL);

        t4 += c;
        var t5 = t4 < c ? 1UL : 0UL;

        // -p^-1 ≡ -1 (mod 2^64), so m = -t0 and t + m·p = t + m + m·P3·2^192 is divisible by 2^64
        var m = 0 - t0;
        c = t0 != 0 ? 1UL : 0UL;
        t0 = t1 + c;
        c = t0 < c ? 1UL : 0UL;
        t1 = t2 + c;
        c = t1 < c ? 1UL : 0UL;
        hi = Math.BigMul(m, P3, out lo);
        lo += c;
        hi += lo < c ? 1UL : 0UL;
        t2 = t3 + lo;
        hi += t2 < lo ? 1UL : 0UL;
        t3 = t4 + hi;
        c = t3 < hi ? 1UL : 0UL;
        t4 = t5 + c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement SubtractPIfNotBelow(ulong r0, ulong r1, ulong r2, ulong r3)
    {
        // inputs are below 2p; p = 1 + P3·2^192
        var s0 = r0 - 1;
        var borrow = r0 == 0 ? 1UL : 0UL;
        var s1 = r1 - borrow;
        borrow = (r1 == 0) & (borrow != 0) ? 1UL : 0UL;
        var s2 = r2 - borrow;
        borrow = (r2 == 0) & (borrow != 0) ? 1UL : 0UL;
        var s3 = r3 - P3 - borrow;
        borrow = (r3 < P3) | ((r3 == P3) & (borrow != 0)) ? 1UL : 0UL;
        return borrow != 0 ? new FieldElement(r0, r1, r2, r3) : new FieldElement(s0, s1, s2, s3);
    }

    private static FieldElement FromLimbs(Felt value) => new(value.L0, value.L1, value.L2, value.L3);
}
