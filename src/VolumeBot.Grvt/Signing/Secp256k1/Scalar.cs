using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static VolumeBot.Grvt.Signing.Secp256k1.UInt256Math;

namespace VolumeBot.Grvt.Signing.Secp256k1;

/// <summary>
/// An integer modulo the group order n, as four little-endian 64-bit limbs, always fully reduced.
/// Multiplication goes through Montgomery form; only a handful of scalar operations happen per signature.
/// </summary>
internal readonly struct Scalar : IEquatable<Scalar>
{
    private const ulong N0 = 0xBFD25E8CD0364141, N1 = 0xBAAEDCE6AF48A03B, N2 = 0xFFFFFFFFFFFFFFFE, N3 = 0xFFFFFFFFFFFFFFFF;
    private const ulong HalfN0 = 0xDFE92F46681B20A0, HalfN1 = 0x5D576E7357A4501D, HalfN2 = 0xFFFFFFFFFFFFFFFF, HalfN3 = 0x7FFFFFFFFFFFFFFF;

    /// <summary>-n^-1 mod 2^64.</summary>
    private static readonly ulong MontgomeryFactor = ComputeMontgomeryFactor();

    /// <summary>2^512 mod n, converts into Montgomery form.</summary>
    private static readonly Scalar RSquared = new(0x896CF21467D7D140, 0x741496C20E7CF878, 0xE697F5E45BCD07C6, 0x9D671CD581C69BC5);

    public readonly ulong L0, L1, L2, L3;

    public Scalar(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0; L1 = l1; L2 = l2; L3 = l3;
    }

    public static Scalar Zero => default;
    public static Scalar One => new(1, 0, 0, 0);
    public static Scalar Order => new(N0, N1, N2, N3);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;
    public bool IsEven => (L0 & 1) == 0;

    /// <summary>True when the value is above n/2 (a "high-s" signature value).</summary>
    public bool IsHigh
    {
        get
        {
            ulong borrow = 0;
            SubWithBorrow(HalfN0, L0, ref borrow);
            SubWithBorrow(HalfN1, L1, ref borrow);
            SubWithBorrow(HalfN2, L2, ref borrow);
            SubWithBorrow(HalfN3, L3, ref borrow);
            return borrow == 1;
        }
    }

    /// <summary>Reads 32 big-endian bytes and reduces modulo n (any 256-bit value is below 2n).</summary>
    public static Scalar FromBigEndianReduced(ReadOnlySpan<byte> bytes, out bool wasReduced)
    {
        var l3 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var l2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        var l1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        var l0 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
        var reduced = ReduceOnce(l0, l1, l2, l3, 0);
        wasReduced = !reduced.Equals(new Scalar(l0, l1, l2, l3));
        return reduced;
    }

    public static Scalar FromBigEndianReduced(ReadOnlySpan<byte> bytes) => FromBigEndianReduced(bytes, out _);

    /// <summary>Parses 32 big-endian bytes; returns false for 0 or values not below n.</summary>
    public static bool TryFromBigEndianNonZero(ReadOnlySpan<byte> bytes, out Scalar value)
    {
        value = FromBigEndianReduced(bytes, out var wasReduced);
        return !wasReduced && !value.IsZero;
    }

    public void WriteBigEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, L3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], L2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], L1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], L0);
    }

    public byte[] ToBigEndian()
    {
        var bytes = new byte[32];
        WriteBigEndian(bytes);
        return bytes;
    }

    /// <summary>Bit i (0 = least significant).</summary>
    public int Bit(int i)
    {
        var limb = (i >> 6) switch { 0 => L0, 1 => L1, 2 => L2, _ => L3 };
        return (int)((limb >> (i & 63)) & 1);
    }

    /// <summary>Variable-time comparison, for public values only.</summary>
    public bool IsLessThan(in Scalar other)
    {
        ulong borrow = 0;
        SubWithBorrow(L0, other.L0, ref borrow);
        SubWithBorrow(L1, other.L1, ref borrow);
        SubWithBorrow(L2, other.L2, ref borrow);
        SubWithBorrow(L3, other.L3, ref borrow);
        return borrow == 1;
    }

    public static Scalar operator +(in Scalar a, in Scalar b)
    {
        ulong carry = 0;
        var s0 = AddWithCarry(a.L0, b.L0, ref carry);
        var s1 = AddWithCarry(a.L1, b.L1, ref carry);
        var s2 = AddWithCarry(a.L2, b.L2, ref carry);
        var s3 = AddWithCarry(a.L3, b.L3, ref carry);
        return ReduceOnce(s0, s1, s2, s3, carry);
    }

    public static Scalar operator -(in Scalar a) => Select(Order.SubtractRaw(a), Zero, a.IsZero ? 1UL : 0UL);

    public static Scalar operator *(in Scalar a, in Scalar b) => MontgomeryMultiply(MontgomeryMultiply(a, b), RSquared);

    private static readonly Limbs Modulus = new(N0, N1, N2, N3);

    /// <summary>
    /// a⁻¹ mod n (0 for 0). Uses the variable-time binary algorithm on a·β for a fresh random β, so the
    /// timing is independent of a (the secret nonce when signing).
    /// </summary>
    public Scalar Invert()
    {
        if (IsZero)
            return Zero;
        var blinding = RandomNonZero();
        var blinded = this * blinding;
        var inverse = BinaryInverse.Invert(new Limbs(blinded.L0, blinded.L1, blinded.L2, blinded.L3), Modulus);
        return new Scalar(inverse.L0, inverse.L1, inverse.L2, inverse.L3) * blinding;
    }

    private static Scalar RandomNonZero()
    {
        Span<byte> bytes = stackalloc byte[32];
        while (true)
        {
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            if (TryFromBigEndianNonZero(bytes, out var value))
                return value;
        }
    }

    public static Scalar Select(in Scalar a, in Scalar b, ulong select)
    {
        var m = MaskFromBit(select);
        return new Scalar(
            a.L0 ^ ((a.L0 ^ b.L0) & m),
            a.L1 ^ ((a.L1 ^ b.L1) & m),
            a.L2 ^ ((a.L2 ^ b.L2) & m),
            a.L3 ^ ((a.L3 ^ b.L3) & m));
    }

    public bool Equals(Scalar other) =>
        ((L0 ^ other.L0) | (L1 ^ other.L1) | (L2 ^ other.L2) | (L3 ^ other.L3)) == 0;
    public override bool Equals(object? obj) => obj is Scalar other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    private Scalar SubtractRaw(in Scalar b)
    {
        ulong borrow = 0;
        return new Scalar(
            SubWithBorrow(L0, b.L0, ref borrow),
            SubWithBorrow(L1, b.L1, ref borrow),
            SubWithBorrow(L2, b.L2, ref borrow),
            SubWithBorrow(L3, b.L3, ref borrow));
    }

    /// <summary>a·b·2^-256 mod n (CIOS Montgomery multiplication); inputs must be below n.</summary>
    private static Scalar MontgomeryMultiply(in Scalar a, in Scalar b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        MontgomeryRound(a, b.L0, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b.L1, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b.L2, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b.L3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return ReduceOnce(t0, t1, t2, t3, t4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MontgomeryRound(in Scalar a, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        ulong c = 0;
        t0 = MulAdd(a.L0, bi, t0, ref c);
        t1 = MulAdd(a.L1, bi, t1, ref c);
        t2 = MulAdd(a.L2, bi, t2, ref c);
        t3 = MulAdd(a.L3, bi, t3, ref c);
        ulong t5 = 0;
        t4 = AddWithCarry(t4, c, ref t5);

        // Add m·n so the lowest word becomes zero, then shift everything down one word.
        var m = t0 * MontgomeryFactor;
        c = 0;
        _ = MulAdd(m, N0, t0, ref c);
        t0 = MulAdd(m, N1, t1, ref c);
        t1 = MulAdd(m, N2, t2, ref c);
        t2 = MulAdd(m, N3, t3, ref c);
        ulong carry = 0;
        t3 = AddWithCarry(t4, c, ref carry);
        t4 = t5 + carry;
    }

    /// <summary>Reduces carry·2^256 + t (known to be below 2n) into [0, n).</summary>
    private static Scalar ReduceOnce(ulong t0, ulong t1, ulong t2, ulong t3, ulong carry)
    {
        ulong borrow = 0;
        var u0 = SubWithBorrow(t0, N0, ref borrow);
        var u1 = SubWithBorrow(t1, N1, ref borrow);
        var u2 = SubWithBorrow(t2, N2, ref borrow);
        var u3 = SubWithBorrow(t3, N3, ref borrow);
        // Keep t only when it is below n: no carry-in and the subtraction borrowed.
        var keepT = borrow & ~carry & 1;
        return Select(new Scalar(u0, u1, u2, u3), new Scalar(t0, t1, t2, t3), keepT);
    }

    private static ulong ComputeMontgomeryFactor()
    {
        // Newton iteration for N0^-1 mod 2^64; each step doubles the number of correct bits.
        ulong inverse = 1;
        for (var i = 0; i < 6; i++)
            inverse *= 2 - N0 * inverse;
        return 0UL - inverse;
    }
}
