using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static VolumeBot.Grvt.Signing.Secp256k1.UInt256Math;

namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// An element of GF(p), p = 2^256 - 2^32 - 977, as four little-endian 64-bit limbs, always fully reduced.
/// Reduction uses 2^256 ≡ 2^32 + 977 (mod p), so no division is ever needed.
/// </summary>
internal readonly struct FieldElement : IEquatable<FieldElement>
{
    private const ulong P0 = 0xFFFFFFFEFFFFFC2F;
    private const ulong Fold = 0x1000003D1; // 2^256 - p

    public readonly ulong L0, L1, L2, L3;

    public FieldElement(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0; L1 = l1; L2 = l2; L3 = l3;
    }

    public static FieldElement Zero => default;
    public static FieldElement One => new(1, 0, 0, 0);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;
    public bool IsOdd => (L0 & 1) == 1;

    /// <summary>Parses 32 big-endian bytes; returns false when the value is not below p.</summary>
    public static bool TryFromBigEndian(ReadOnlySpan<byte> bytes, out FieldElement value)
    {
        var l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        var l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        var l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
        value = new FieldElement(l0, l1, l2, l3);
        return !(l3 == ulong.MaxValue && l2 == ulong.MaxValue && l1 == ulong.MaxValue && l0 >= P0);
    }

    public void WriteBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, L3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], L0);
    }

    public static FieldElement operator +(in FieldElement a, in FieldElement b)
    {
        ulong carry = 0;
        var s0 = AddWithCarry(a.L0, b.L0, ref carry);
        var s1 = AddWithCarry(a.L1, b.L1, ref carry);
        var s2 = AddWithCarry(a.L2, b.L2, ref carry);
        var s3 = AddWithCarry(a.L3, b.L3, ref carry);
        return ReduceOnce(s0, s1, s2, s3, carry);
    }

    public static FieldElement operator -(in FieldElement a, in FieldElement b)
    {
        ulong borrow = 0;
        var d0 = SubWithBorrow(a.L0, b.L0, ref borrow);
        var d1 = SubWithBorrow(a.L1, b.L1, ref borrow);
        var d2 = SubWithBorrow(a.L2, b.L2, ref borrow);
        var d3 = SubWithBorrow(a.L3, b.L3, ref borrow);
        // On underflow add p, i.e. subtract 2^256 - p modulo 2^256.
        var fold = Fold & MaskFromBit(borrow);
        borrow = 0;
        d0 = SubWithBorrow(d0, fold, ref borrow);
        d1 = SubWithBorrow(d1, 0, ref borrow);
        d2 = SubWithBorrow(d2, 0, ref borrow);
        d3 = SubWithBorrow(d3, 0, ref borrow);
        return new FieldElement(d0, d1, d2, d3);
    }

    public static FieldElement operator -(in FieldElement a) => Zero - a;

    // Product scanning (Comba): the partial products of each 64-bit column are added into a three-word
    // accumulator (c0, c1, c2) that shifts down one word per column. Each product is added with the same
    // written-out carry pattern (c0 += lo; carry into hi; c1 += hi; carry into c2): helpers taking ref
    // locals or returning tuples keep the JIT from using registers and made multiplication 2-3x slower.
    public static FieldElement operator *(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a.L0, a1 = a.L1, a2 = a.L2, a3 = a.L3;
        ulong b0 = b.L0, b1 = b.L1, b2 = b.L2, b3 = b.L3;
        ulong c0 = 0, c1 = 0, c2 = 0, lo, hi, hi2;
        UInt128 p;
        p = Math.BigMul(a0, b0); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r0 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, b1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a1, b0); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r1 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, b2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a1, b1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a2, b0); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r2 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, b3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a1, b2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a2, b1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a3, b0); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r3 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a1, b3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a2, b2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a3, b1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r4 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a2, b3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a3, b2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r5 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a3, b3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r6 = c0; c0 = c1; c1 = c2; c2 = 0;
        var r7 = c0;

        return Reduce512(r0, r1, r2, r3, r4, r5, r6, r7);
    }

    /// <summary>Like multiplication, with each cross product a_i·a_j (i &lt; j) computed once and added twice.</summary>
    public FieldElement Square()
    {
        ulong a0 = L0, a1 = L1, a2 = L2, a3 = L3;
        ulong c0 = 0, c1 = 0, c2 = 0, lo, hi, hi2;
        UInt128 p;
        p = Math.BigMul(a0, a0); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r0 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, a1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r1 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, a2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a1, a1); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r2 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a0, a3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a1, a2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r3 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a1, a3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        p = Math.BigMul(a2, a2); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r4 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a2, a3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r5 = c0; c0 = c1; c1 = c2; c2 = 0;
        p = Math.BigMul(a3, a3); lo = (ulong)p; hi = (ulong)(p >> 64);
        c0 += lo; hi2 = hi + (c0 < lo ? 1UL : 0UL); c1 += hi2; c2 += c1 < hi2 ? 1UL : 0UL;
        var r6 = c0; c0 = c1; c1 = c2; c2 = 0;
        var r7 = c0;

        return Reduce512(r0, r1, r2, r3, r4, r5, r6, r7);
    }

    /// <summary>(c0, c1, c2) + x·y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong, ulong, ulong) MulAcc(ulong x, ulong y, ulong c0, ulong c1, ulong c2)
    {
        var product = Math.BigMul(x, y);
        var low = (ulong)product;
        var high = (ulong)(product >> 64); // at most 2^64 - 2, so adding the carry cannot overflow
        c0 += low;
        high += c0 < low ? 1UL : 0UL;
        c1 += high;
        c2 += c1 < high ? 1UL : 0UL;
        return (c0, c1, c2);
    }

    /// <summary>(c0, c1, c2) + 2·x·y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong, ulong, ulong) MulAccTwice(ulong x, ulong y, ulong c0, ulong c1, ulong c2)
    {
        var product = Math.BigMul(x, y);
        var low = (ulong)product;
        var high = (ulong)(product >> 64);
        c0 += low;
        var carried = high + (c0 < low ? 1UL : 0UL);
        c1 += carried;
        c2 += c1 < carried ? 1UL : 0UL;
        c0 += low;
        carried = high + (c0 < low ? 1UL : 0UL);
        c1 += carried;
        c2 += c1 < carried ? 1UL : 0UL;
        return (c0, c1, c2);
    }

    public FieldElement SquareTimes(int count)
    {
        var r = this;
        for (var i = 0; i < count; i++)
            r = r.Square();
        return r;
    }

    public FieldElement Double() => this + this;

    /// <summary>a^(p-2) = a⁻¹ (0 for 0) by the standard secp256k1 addition chain; constant time.</summary>
    public FieldElement Invert()
    {
        var x223 = PowTwo223Minus1(out var x2, out var x22);
        var t = x223.SquareTimes(23) * x22;
        t = t.SquareTimes(5) * this;
        t = t.SquareTimes(3) * x2;
        return t.SquareTimes(2) * this;
    }

    /// <summary>Square root candidate a^((p+1)/4); returns false when a is not a quadratic residue.</summary>
    public bool TrySqrt(out FieldElement root)
    {
        var x223 = PowTwo223Minus1(out var x2, out var x22);
        var t = x223.SquareTimes(23) * x22;
        t = t.SquareTimes(6) * x2;
        root = t.SquareTimes(2);
        return root.Square() == this;
    }

    /// <summary>Computes this^(2^223 - 1) and the intermediate powers the inversion and square-root chains reuse.</summary>
    private FieldElement PowTwo223Minus1(out FieldElement x2, out FieldElement x22)
    {
        x2 = Square() * this;
        var x3 = x2.Square() * this;
        var x6 = x3.SquareTimes(3) * x3;
        var x9 = x6.SquareTimes(3) * x3;
        var x11 = x9.SquareTimes(2) * x2;
        x22 = x11.SquareTimes(11) * x11;
        var x44 = x22.SquareTimes(22) * x22;
        var x88 = x44.SquareTimes(44) * x44;
        var x176 = x88.SquareTimes(88) * x88;
        var x220 = x176.SquareTimes(44) * x44;
        return x220.SquareTimes(3) * x3;
    }

    /// <summary>Branch-free: returns b when select is 1, a when it is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Select(in FieldElement a, in FieldElement b, ulong select)
    {
        var m = MaskFromBit(select);
        return new FieldElement(
            a.L0 ^ ((a.L0 ^ b.L0) & m),
            a.L1 ^ ((a.L1 ^ b.L1) & m),
            a.L2 ^ ((a.L2 ^ b.L2) & m),
            a.L3 ^ ((a.L3 ^ b.L3) & m));
    }

    public static bool operator ==(in FieldElement a, in FieldElement b) => a.Equals(b);
    public static bool operator !=(in FieldElement a, in FieldElement b) => !a.Equals(b);
    public bool Equals(FieldElement other) =>
        ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;
    public override bool Equals(object? obj) => obj is FieldElement other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    /// <summary>Reduces a 512-bit product by folding the high half twice with 2^256 ≡ 2^32 + 977.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce512(ulong r0, ulong r1, ulong r2, ulong r3, ulong r4, ulong r5, ulong r6, ulong r7)
    {
        var p4 = Math.BigMul(r4, Fold); var h4 = (ulong)(p4 >> 64); var l4 = (ulong)p4;
        var p5 = Math.BigMul(r5, Fold); var h5 = (ulong)(p5 >> 64); var l5 = (ulong)p5;
        var p6 = Math.BigMul(r6, Fold); var h6 = (ulong)(p6 >> 64); var l6 = (ulong)p6;
        var p7 = Math.BigMul(r7, Fold); var h7 = (ulong)(p7 >> 64); var l7 = (ulong)p7;

        ulong s, k;
        s = r0 + l4; k = s < l4 ? 1UL : 0UL;
        var t0 = s;
        s = k + r1; k = s < r1 ? 1UL : 0UL;
        s += l5; k += s < l5 ? 1UL : 0UL;
        s += h4; k += s < h4 ? 1UL : 0UL;
        var t1 = s;
        s = k + r2; k = s < r2 ? 1UL : 0UL;
        s += l6; k += s < l6 ? 1UL : 0UL;
        s += h5; k += s < h5 ? 1UL : 0UL;
        var t2 = s;
        s = k + r3; k = s < r3 ? 1UL : 0UL;
        s += l7; k += s < l7 ? 1UL : 0UL;
        s += h6; k += s < h6 ? 1UL : 0UL;
        var t3 = s;
        var t4 = k + h7; // < 2^35

        // Second fold: t4·2^256 ≡ t4·(2^32 + 977), a value below 2^68.
        var p8 = Math.BigMul(t4, Fold); var high = (ulong)(p8 >> 64); var low = (ulong)p8;
        t0 += low; k = t0 < low ? 1UL : 0UL;
        s = high + k;
        t1 += s; k = t1 < s ? 1UL : 0UL;
        t2 += k; k = t2 < k ? 1UL : 0UL;
        t3 += k; k = t3 < k ? 1UL : 0UL;
        return ReduceOnce(t0, t1, t2, t3, k);
    }

    /// <summary>Reduces carry·2^256 + t (known to be below 2p) into [0, p), branch-free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement ReduceOnce(ulong t0, ulong t1, ulong t2, ulong t3, ulong carry)
    {
        // u = t + (2^256 - p); its carry-out tells whether t >= p.
        var u0 = t0 + Fold;
        var c = u0 < Fold ? 1UL : 0UL;
        var u1 = t1 + c; c = u1 < c ? 1UL : 0UL;
        var u2 = t2 + c; c = u2 < c ? 1UL : 0UL;
        var u3 = t3 + c; c = u3 < c ? 1UL : 0UL;
        var m = MaskFromBit(carry | c);
        return new FieldElement(t0 ^ ((t0 ^ u0) & m), t1 ^ ((t1 ^ u1) & m), t2 ^ ((t2 ^ u2) & m), t3 ^ ((t3 ^ u3) & m));
    }
}
