using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Element of the Stark field p = 2^251 + 17·2^192 + 1 in Montgomery form (x·2^260 mod p), stored
/// as five 52-bit limbs. Unsaturated limbs let the 25 partial products accumulate without carry
/// chains, and in radix 2^52 p = [1, 0, 0, 17·2^36, 2^43], so each Montgomery reduction round is
/// a handful of shifts. Values are always fully reduced (every limb below 2^52, value below p).
/// </summary>
internal readonly struct FieldElement
{
    private const ulong Mask52 = (1UL << 52) - 1;
    private const ulong P3 = 17UL << 36;
    private const ulong P4 = 1UL << 43;

    private static readonly FieldElement RSquared = FromCanonical(Felt.FromBigInteger(BigInteger.Pow(2, 520) % StarkCurve.FieldPrimeBig));
    private static readonly FieldElement RCubed = FromCanonical(Felt.FromBigInteger(BigInteger.Pow(2, 780) % StarkCurve.FieldPrimeBig));
    private static readonly SafeGcdInverse Inverter = new(StarkCurve.FieldPrime);

    private readonly ulong l0;
    private readonly ulong l1;
    private readonly ulong l2;
    private readonly ulong l3;
    private readonly ulong l4;

    private FieldElement(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
        this.l4 = l4;
    }

    public static FieldElement Zero => default;

    public static readonly FieldElement One = FromCanonical(Felt.FromBigInteger(BigInteger.Pow(2, 260) % StarkCurve.FieldPrimeBig));

    public bool IsZero => (l0 | l1 | l2 | l3 | l4) == 0;

    /// <summary>Converts a canonical value below p into Montgomery form.</summary>
    public static FieldElement FromFelt(Felt value)
    {
        if (!value.IsFieldElement)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Value is not below the field prime.");
        }

        return Mul(FromCanonical(value), RSquared);
    }

    public Felt ToFelt() => Mul(this, new FieldElement(1, 0, 0, 0, 0)).Pack();

    public bool Equals(in FieldElement other) =>
        l0 == other.l0 && l1 == other.l1 && l2 == other.l2 && l3 == other.l3 && l4 == other.l4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Add(in FieldElement a, in FieldElement b)
    {
        var c0 = a.l0 + b.l0;
        var c1 = a.l1 + b.l1 + (c0 >> 52);
        var c2 = a.l2 + b.l2 + (c1 >> 52);
        var c3 = a.l3 + b.l3 + (c2 >> 52);
        var c4 = a.l4 + b.l4 + (c3 >> 52);
        return SubtractPIfNotBelow(c0 & Mask52, c1 & Mask52, c2 & Mask52, c3 & Mask52, c4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Double(in FieldElement a) => Add(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Sub(in FieldElement a, in FieldElement b)
    {
        // signed limb arithmetic; an arithmetic shift by 52 yields the borrow (0 or −1)
        var d0 = (long)a.l0 - (long)b.l0;
        var d1 = (long)a.l1 - (long)b.l1 + (d0 >> 52);
        var d2 = (long)a.l2 - (long)b.l2 + (d1 >> 52);
        var d3 = (long)a.l3 - (long)b.l3 + (d2 >> 52);
        var d4 = (long)a.l4 - (long)b.l4 + (d3 >> 52);

        // add p back when negative
        var mask = d4 >> 63;
        var s0 = (d0 & (long)Mask52) + (mask & 1);
        var s1 = (d1 & (long)Mask52) + (s0 >> 52);
        var s2 = (d2 & (long)Mask52) + (s1 >> 52);
        var s3 = (d3 & (long)Mask52) + (mask & (long)P3) + (s2 >> 52);
        var s4 = d4 + (mask & (long)P4) + (s3 >> 52);
        return new FieldElement(
            (ulong)(s0 & (long)Mask52),
            (ulong)(s1 & (long)Mask52),
            (ulong)(s2 & (long)Mask52),
            (ulong)(s3 & (long)Mask52),
            (ulong)s4);
    }

    public static FieldElement Negate(in FieldElement a) => Sub(Zero, a);

    /// <summary>Montgomery product a·b·2^-260 mod p.</summary>
    public static FieldElement Mul(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.l0, a1 = a.l1, a2 = a.l2, a3 = a.l3, a4 = a.l4;
        ulong b0 = b.l0, b1 = b.l1, b2 = b.l2, b3 = b.l3, b4 = b.l4;
        ulong c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
        MulAdd(a0, b0, ref c0, ref c1);
        MulAdd(a0, b1, ref c1, ref c2);
        MulAdd(a1, b0, ref c1, ref c2);
        MulAdd(a0, b2, ref c2, ref c3);
        MulAdd(a1, b1, ref c2, ref c3);
        MulAdd(a2, b0, ref c2, ref c3);
        MulAdd(a0, b3, ref c3, ref c4);
        MulAdd(a1, b2, ref c3, ref c4);
        MulAdd(a2, b1, ref c3, ref c4);
        MulAdd(a3, b0, ref c3, ref c4);
        MulAdd(a0, b4, ref c4, ref c5);
        MulAdd(a1, b3, ref c4, ref c5);
        MulAdd(a2, b2, ref c4, ref c5);
        MulAdd(a3, b1, ref c4, ref c5);
        MulAdd(a4, b0, ref c4, ref c5);
        MulAdd(a1, b4, ref c5, ref c6);
        MulAdd(a2, b3, ref c5, ref c6);
        MulAdd(a3, b2, ref c5, ref c6);
        MulAdd(a4, b1, ref c5, ref c6);
        MulAdd(a2, b4, ref c6, ref c7);
        MulAdd(a3, b3, ref c6, ref c7);
        MulAdd(a4, b2, ref c6, ref c7);
        MulAdd(a3, b4, ref c7, ref c8);
        MulAdd(a4, b3, ref c7, ref c8);
        MulAdd(a4, b4, ref c8, ref c9);
        return Reduce(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9);
    }

    /// <summary>a² with the symmetric products computed once (15 instead of 25).</summary>
    public static FieldElement Square(in FieldElement a)
    {
        ulong a0 = a.l0, a1 = a.l1, a2 = a.l2, a3 = a.l3, a4 = a.l4;
        ulong d0 = a0 << 1, d1 = a1 << 1, d2 = a2 << 1, d3 = a3 << 1;
        ulong c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
        MulAdd(a0, a0, ref c0, ref c1);
        MulAdd(d0, a1, ref c1, ref c2);
        MulAdd(d0, a2, ref c2, ref c3);
        MulAdd(a1, a1, ref c2, ref c3);
        MulAdd(d0, a3, ref c3, ref c4);
        MulAdd(d1, a2, ref c3, ref c4);
        MulAdd(d0, a4, ref c4, ref c5);
        MulAdd(d1, a3, ref c4, ref c5);
        MulAdd(a2, a2, ref c4, ref c5);
        MulAdd(d1, a4, ref c5, ref c6);
        MulAdd(d2, a3, ref c5, ref c6);
        MulAdd(d2, a4, ref c6, ref c7);
        MulAdd(a3, a3, ref c6, ref c7);
        MulAdd(d3, a4, ref c7, ref c8);
        MulAdd(a4, a4, ref c8, ref c9);
        return Reduce(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9);
    }

    /// <summary>a⁻¹ for a ≠ 0.</summary>
    public static FieldElement Inverse(in FieldElement a)
    {
        if (a.IsZero)
        {
            throw new DivideByZeroException("Zero has no inverse.");
        }

        // a holds A = x·R; the plain inverse is A⁻¹ = x⁻¹·R⁻¹, and Mul(A⁻¹, R³) = x⁻¹·R
        return Mul(FromCanonical(Inverter.Invert(a.Pack())), RCubed);
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

    /// <summary>lo += low 52 bits of x·y, hi += the rest (x·y &lt; 2^116, so the rest fits in 64 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MulAdd(ulong x, ulong y, ref ulong lo, ref ulong hi)
    {
        // the high half straight from mulx avoids BigMul's out-parameter round trip through memory
        var high = Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(x, y) : Math.BigMul(x, y, out _);
        var low = x * y;
        lo += low & Mask52;
        hi += (high << 12) | (low >> 52);
    }

    /// <summary>Montgomery reduction of the 10 column sums (each below 2^58) by 2^260, then to [0, p).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce(
        ulong c0, ulong c1, ulong c2, ulong c3, ulong c4, ulong c5, ulong c6, ulong c7, ulong c8, ulong c9)
    {
        ReductionRound(c0, ref c1, ref c3, ref c4, ref c5);
        ReductionRound(c1, ref c2, ref c4, ref c5, ref c6);
        ReductionRound(c2, ref c3, ref c5, ref c6, ref c7);
        ReductionRound(c3, ref c4, ref c6, ref c7, ref c8);
        ReductionRound(c4, ref c5, ref c7, ref c8, ref c9);
        c6 += c5 >> 52;
        c7 += c6 >> 52;
        c8 += c7 >> 52;
        c9 += c8 >> 52;
        return SubtractPIfNotBelow(c5 & Mask52, c6 & Mask52, c7 & Mask52, c8 & Mask52, c9);
    }

    /// <summary>
    /// Adds m·p with m chosen so the lowest column becomes 0 mod 2^52 (p ≡ 1, so m = −c mod 2^52), then
    /// carries it out. m·17·2^36 and m·2^43 are split at the 52-bit limb boundary.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReductionRound(ulong low, ref ulong next, ref ulong plus3, ref ulong plus4, ref ulong plus5)
    {
        var m = (0 - low) & Mask52;
        next += (low + m) >> 52;
        var m17 = m * 17;
        plus3 += (m17 & 0xFFFF) << 36;
        plus4 += (m17 >> 16) + ((m & 0x1FF) << 43);
        plus5 += m >> 9;
    }

    /// <summary>Input: limbs 0–3 below 2^52 and a value below 2p.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement SubtractPIfNotBelow(ulong r0, ulong r1, ulong r2, ulong r3, ulong r4)
    {
        var t0 = (long)r0 - 1;
        var t1 = (long)r1 + (t0 >> 52);
        var t2 = (long)r2 + (t1 >> 52);
        var t3 = (long)r3 - (long)P3 + (t2 >> 52);
        var t4 = (long)r4 - (long)P4 + (t3 >> 52);
        return t4 < 0
            ? new FieldElement(r0, r1, r2, r3, r4)
            : new FieldElement((ulong)(t0 & (long)Mask52), (ulong)(t1 & (long)Mask52), (ulong)(t2 & (long)Mask52), (ulong)(t3 & (long)Mask52), (ulong)t4);
    }

    /// <summary>Splits a canonical value (below p) into 52-bit limbs, without Montgomery conversion.</summary>
    private static FieldElement FromCanonical(Felt value) => new(
        value.L0 & Mask52,
        ((value.L0 >> 52) | (value.L1 << 12)) & Mask52,
        ((value.L1 >> 40) | (value.L2 << 24)) & Mask52,
        ((value.L2 >> 28) | (value.L3 << 36)) & Mask52,
        value.L3 >> 16);

    private Felt Pack() => new(
        l0 | (l1 << 52),
        (l1 >> 12) | (l2 << 40),
        (l2 >> 24) | (l3 << 28),
        (l3 >> 36) | (l4 << 16));
}
