using System.Numerics;
using System.Runtime.CompilerServices;

namespace VolumeBot.Paradex.Signing;

/// <summary>Element of Z_n (n = curve order) in Montgomery form; used for the ECDSA scalar equations.</summary>
internal readonly struct Scalar
{
    private static readonly Felt N = StarkCurve.Order;
    private static readonly ulong NPrime = ComputeNPrime(StarkCurve.Order.L0);
    private static readonly Scalar RSquared = FromLimbs(Felt.FromBigInteger(BigInteger.Pow(2, 512) % StarkCurve.Order.ToBigInteger()));
    private static readonly Scalar RCubed = FromLimbs(Felt.FromBigInteger(BigInteger.Pow(2, 768) % StarkCurve.Order.ToBigInteger()));
    private static readonly SafeGcdInverse Inverter = new(StarkCurve.Order);

    private readonly ulong m0;
    private readonly ulong m1;
    private readonly ulong m2;
    private readonly ulong m3;

    private Scalar(ulong m0, ulong m1, ulong m2, ulong m3)
    {
        this.m0 = m0;
        this.m1 = m1;
        this.m2 = m2;
        this.m3 = m3;
    }

    public bool IsZero => (m0 | m1 | m2 | m3) == 0;

    /// <summary>value mod n (any 256-bit value).</summary>
    public static Scalar FromFelt(Felt value) => Mul(FromLimbs(value), RSquared);

    public Felt ToFelt()
    {
        var plain = Mul(this, new Scalar(1, 0, 0, 0));
        return new Felt(plain.m0, plain.m1, plain.m2, plain.m3);
    }

    public static Scalar Add(Scalar a, Scalar b)
    {
        // a, b < n < 2^252: no 256-bit overflow
        var r0 = a.m0 + b.m0;
        var c = r0 < a.m0 ? 1UL : 0UL;
        var r1 = a.m1 + b.m1 + c;
        c = (r1 < a.m1) | ((r1 == a.m1) & (c != 0)) ? 1UL : 0UL;
        var r2 = a.m2 + b.m2 + c;
        c = (r2 < a.m2) | ((r2 == a.m2) & (c != 0)) ? 1UL : 0UL;
        var r3 = a.m3 + b.m3 + c;
        return SubtractNIfNotBelow(new Felt(r0, r1, r2, r3));
    }

    public static Scalar Mul(Scalar a, Scalar b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        Round(a, b.m0, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a, b.m1, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a, b.m2, ref t0, ref t1, ref t2, ref t3, ref t4);
        Round(a, b.m3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return SubtractNIfNotBelow(new Felt(t0, t1, t2, t3));
    }

    /// <summary>a⁻¹ mod n for a ≠ 0.</summary>
    public static Scalar Inverse(Scalar a)
    {
        if (a.IsZero)
        {
            throw new DivideByZeroException("Zero has no inverse modulo n.");
        }

        // a holds A = x·R; Mul(A⁻¹, R³) = x⁻¹·R
        var plainInverse = Inverter.Invert(new Felt(a.m0, a.m1, a.m2, a.m3));
        return Mul(FromLimbs(plainInverse), RCubed);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(Scalar a, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        var c = 0UL;
        t0 = MulAdd(a.m0, bi, t0, ref c);
        t1 = MulAdd(a.m1, bi, t1, ref c);
        t2 = MulAdd(a.m2, bi, t2, ref c);
        t3 = MulAdd(a.m3, bi, t3, ref c);
        t4 += c;
        var t5 = t4 < c ? 1UL : 0UL;

        var m = t0 * NPrime;
        c = 0;
        _ = MulAdd(m, N.L0, t0, ref c);
        t0 = MulAdd(m, N.L1, t1, ref c);
        t1 = MulAdd(m, N.L2, t2, ref c);
        t2 = MulAdd(m, N.L3, t3, ref c);
        t3 = t4 + c;
        c = t3 < c ? 1UL : 0UL;
        t4 = t5 + c;
    }

    /// <summary>Returns the low word of x·y + acc + carry and leaves the high word in carry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MulAdd(ulong x, ulong y, ulong acc, ref ulong carry)
    {
        var hi = Math.BigMul(x, y, out var lo);
        lo += acc;
        hi += lo < acc ? 1UL : 0UL;
        lo += carry;
        hi += lo < carry ? 1UL : 0UL;
        carry = hi;
        return lo;
    }

    private static Scalar SubtractNIfNotBelow(Felt value)
    {
        var reduced = value >= N ? Felt.Subtract(value, N) : value;
        return FromLimbs(reduced);
    }

    private static Scalar FromLimbs(Felt value) => new(value.L0, value.L1, value.L2, value.L3);

    private static ulong ComputeNPrime(ulong n0)
    {
        // Newton iteration for n0^-1 mod 2^64, then negate
        var inverse = 1UL;
        for (var i = 0; i < 6; i++)
        {
            inverse *= 2 - (n0 * inverse);
        }

        return 0 - inverse;
    }
}
