using System.Numerics;
using System.Runtime.CompilerServices;
using static VolumeBot.Grvt.Signing.Secp256k1.UInt256Math;

namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// Modular inverse by the binary extended Euclidean algorithm (HMV algorithm 2.22), halving several
/// bits at a time. Much faster than Fermat exponentiation here, but its running time depends on the
/// input, so callers blind secret values with a random factor first (inverting a·β reveals nothing about a).
/// </summary>
internal static class BinaryInverse
{
    /// <summary>a⁻¹ mod m for odd m and 0 &lt; a &lt; m with gcd(a, m) = 1, all as little-endian limbs.</summary>
    public static Limbs Invert(Limbs a, Limbs modulus)
    {
        var modulusInverse = InverseModTwo64(modulus.L0);
        var u = a;
        var v = modulus;
        var x1 = new Limbs(1, 0, 0, 0);
        var x2 = default(Limbs);
        // Invariants: a·x1 ≡ u and a·x2 ≡ v (mod m); u and v shrink until one of them is 1.
        while (!u.IsOne && !v.IsOne)
        {
            HalveWhileEven(ref u, ref x1, modulus, modulusInverse);
            HalveWhileEven(ref v, ref x2, modulus, modulusInverse);
            if (!Limbs.IsLessThan(u, v))
            {
                Limbs.SubtractInPlace(ref u, v);
                SubtractMod(ref x1, x2, modulus);
            }
            else
            {
                Limbs.SubtractInPlace(ref v, u);
                SubtractMod(ref x2, x1, modulus);
            }
        }

        return u.IsOne ? x1 : x2;
    }

    /// <summary>Divides value by 2^z (z = its trailing zeros) and coefficient by 2^z modulo m.</summary>
    private static void HalveWhileEven(ref Limbs value, ref Limbs coefficient, in Limbs modulus, ulong modulusInverse)
    {
        var zeros = value.TrailingZeroCount();
        if (zeros == 0)
            return;
        value.ShiftRightInPlace(zeros);
        while (zeros > 0)
        {
            var step = Math.Min(zeros, 63);
            // Add q·m with q ≡ -coefficient·m⁻¹ (mod 2^step) so the low step bits vanish; the result stays below m.
            var q = (0UL - coefficient.L0 * modulusInverse) & ((1UL << step) - 1);
            ulong carry = 0;
            var t0 = MulAdd(q, modulus.L0, coefficient.L0, ref carry);
            var t1 = MulAdd(q, modulus.L1, coefficient.L1, ref carry);
            var t2 = MulAdd(q, modulus.L2, coefficient.L2, ref carry);
            var t3 = MulAdd(q, modulus.L3, coefficient.L3, ref carry);
            var back = 64 - step;
            coefficient.L0 = (t0 >> step) | (t1 << back);
            coefficient.L1 = (t1 >> step) | (t2 << back);
            coefficient.L2 = (t2 >> step) | (t3 << back);
            coefficient.L3 = (t3 >> step) | (carry << back);
            zeros -= step;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SubtractMod(ref Limbs a, in Limbs b, in Limbs modulus)
    {
        if (Limbs.SubtractInPlace(ref a, b) == 1)
            Limbs.AddInPlace(ref a, modulus);
    }

    private static ulong InverseModTwo64(ulong odd)
    {
        // Newton iteration: each step doubles the number of correct low bits.
        ulong inverse = 1;
        for (var i = 0; i < 6; i++)
            inverse *= 2 - odd * inverse;
        return inverse;
    }
}

/// <summary>A plain mutable 256-bit unsigned integer as little-endian 64-bit limbs.</summary>
internal struct Limbs(ulong l0, ulong l1, ulong l2, ulong l3)
{
    public ulong L0 = l0, L1 = l1, L2 = l2, L3 = l3;

    public readonly bool IsOne => L0 == 1 && (L1 | L2 | L3) == 0;

    public readonly int TrailingZeroCount() =>
        L0 != 0 ? BitOperations.TrailingZeroCount(L0)
        : L1 != 0 ? 64 + BitOperations.TrailingZeroCount(L1)
        : L2 != 0 ? 128 + BitOperations.TrailingZeroCount(L2)
        : 192 + BitOperations.TrailingZeroCount(L3);

    public static bool IsLessThan(in Limbs a, in Limbs b)
    {
        if (a.L3 != b.L3) return a.L3 < b.L3;
        if (a.L2 != b.L2) return a.L2 < b.L2;
        if (a.L1 != b.L1) return a.L1 < b.L1;
        return a.L0 < b.L0;
    }

    /// <summary>a += b, returns the carry out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AddInPlace(ref Limbs a, in Limbs b)
    {
        ulong carry = 0;
        a.L0 = AddWithCarry(a.L0, b.L0, ref carry);
        a.L1 = AddWithCarry(a.L1, b.L1, ref carry);
        a.L2 = AddWithCarry(a.L2, b.L2, ref carry);
        a.L3 = AddWithCarry(a.L3, b.L3, ref carry);
        return carry;
    }

    /// <summary>a -= b, returns the borrow out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubtractInPlace(ref Limbs a, in Limbs b)
    {
        ulong borrow = 0;
        a.L0 = SubWithBorrow(a.L0, b.L0, ref borrow);
        a.L1 = SubWithBorrow(a.L1, b.L1, ref borrow);
        a.L2 = SubWithBorrow(a.L2, b.L2, ref borrow);
        a.L3 = SubWithBorrow(a.L3, b.L3, ref borrow);
        return borrow;
    }

    /// <summary>Logical shift right by 1..255 bits.</summary>
    public void ShiftRightInPlace(int bits)
    {
        while (bits >= 64)
        {
            (L0, L1, L2, L3) = (L1, L2, L3, 0);
            bits -= 64;
        }

        if (bits == 0)
            return;
        var back = 64 - bits;
        L0 = (L0 >> bits) | (L1 << back);
        L1 = (L1 >> bits) | (L2 << back);
        L2 = (L2 >> bits) | (L3 << back);
        L3 >>= bits;
    }
}
