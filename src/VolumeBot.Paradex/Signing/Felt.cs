using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// An unsigned 256-bit integer in canonical (plain) form: field elements, hashes, keys, addresses.
/// Text form is Starknet style: lowercase <c>0x</c> hex without leading zeros.
/// </summary>
public readonly struct Felt : IEquatable<Felt>, IComparable<Felt>
{
    // little-endian 64-bit limbs
    internal readonly ulong L0;
    internal readonly ulong L1;
    internal readonly ulong L2;
    internal readonly ulong L3;

    internal Felt(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        L0 = l0;
        L1 = l1;
        L2 = l2;
        L3 = l3;
    }

    public static Felt Zero => default;

    public static Felt One => new(1, 0, 0, 0);

    public bool IsZero => (L0 | L1 | L2 | L3) == 0;

    public int BitLength =>
        L3 != 0 ? 256 - BitOperations.LeadingZeroCount(L3)
        : L2 != 0 ? 192 - BitOperations.LeadingZeroCount(L2)
        : L1 != 0 ? 128 - BitOperations.LeadingZeroCount(L1)
        : 64 - BitOperations.LeadingZeroCount(L0);

    /// <summary>True when the value is a valid Stark field element (less than p).</summary>
    public bool IsFieldElement => CompareTo(StarkCurve.FieldPrime) < 0;

    public static implicit operator Felt(ulong value) => new(value, 0, 0, 0);

    public static Felt FromBigInteger(BigInteger value)
    {
        if (value.Sign < 0 || value.GetBitLength() > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Felt must be in [0, 2^256).");
        }

        Span<byte> bytes = stackalloc byte[32];
        value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return FromBytesLittleEndian(bytes);
    }

    public BigInteger ToBigInteger()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteBigEndian(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Reads up to 32 big-endian bytes.</summary>
    public static Felt FromBytesBigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 32)
        {
            throw new ArgumentException("At most 32 bytes.", nameof(bytes));
        }

        Span<byte> padded = stackalloc byte[32];
        padded.Clear();
        bytes.CopyTo(padded[(32 - bytes.Length)..]);
        return new Felt(
            ReadBigEndian(padded[24..]),
            ReadBigEndian(padded[16..]),
            ReadBigEndian(padded[8..]),
            ReadBigEndian(padded));
    }

    /// <summary>Writes exactly 32 big-endian bytes.</summary>
    public void WriteBigEndian(Span<byte> destination)
    {
        if (destination.Length < 32)
        {
            throw new ArgumentException("Need 32 bytes.", nameof(destination));
        }

        WriteBigEndian(destination, L3);
        WriteBigEndian(destination[8..], L2);
        WriteBigEndian(destination[16..], L1);
        WriteBigEndian(destination[24..], L0);
    }

    public byte[] ToBytesBigEndian()
    {
        var bytes = new byte[32];
        WriteBigEndian(bytes);
        return bytes;
    }

    /// <summary>Parses <c>0x</c>-prefixed hex or plain decimal digits.</summary>
    public static Felt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? ParseHex(trimmed) : ParseDecimal(trimmed);
    }

    /// <summary>Parses hex leniently: optional <c>0x</c>, any case, any number of leading zeros.</summary>
    public static Felt ParseHex(string text)
    {
        if (!TryParseHex(text, out var value))
        {
            throw new FormatException("Not a hex number of at most 256 bits.");
        }

        return value;
    }

    public static bool TryParseHex(string? text, out Felt value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var digits = text.AsSpan().Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.IsEmpty)
        {
            return false;
        }

        digits = digits.TrimStart('0');
        if (digits.Length > 64)
        {
            return false;
        }

        Span<ulong> limbs = stackalloc ulong[4];
        limbs.Clear();
        for (var i = 0; i < digits.Length; i++)
        {
            var nibble = HexValue(digits[digits.Length - 1 - i]);
            if (nibble < 0)
            {
                return false;
            }

            limbs[i / 16] |= (ulong)nibble << (4 * (i % 16));
        }

        value = new Felt(limbs[0], limbs[1], limbs[2], limbs[3]);
        return true;
    }

    public static Felt ParseDecimal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Trim();
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            throw new FormatException("Not a decimal number.");
        }

        var value = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value.GetBitLength() > 256)
        {
            throw new FormatException("Decimal number exceeds 256 bits.");
        }

        return FromBigInteger(value);
    }

    /// <summary>Lowercase <c>0x</c> hex without leading zeros (<c>0x0</c> for zero).</summary>
    public string ToHexString()
    {
        if (IsZero)
        {
            return "0x0";
        }

        Span<char> buffer = stackalloc char[66];
        var length = 0;
        var nibbles = (BitLength + 3) / 4;
        buffer[length++] = '0';
        buffer[length++] = 'x';
        for (var i = nibbles - 1; i >= 0; i--)
        {
            buffer[length++] = "0123456789abcdef"[Nibble(i)];
        }

        return new string(buffer[..length]);
    }

    public string ToDecimalString() => ToBigInteger().ToString(CultureInfo.InvariantCulture);

    public override string ToString() => ToHexString();

    public bool Equals(Felt other) => L0 == other.L0 && L1 == other.L1 && L2 == other.L2 && L3 == other.L3;

    public override bool Equals(object? obj) => obj is Felt other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(L0, L1, L2, L3);

    public int CompareTo(Felt other)
    {
        if (L3 != other.L3)
        {
            return L3 < other.L3 ? -1 : 1;
        }

        if (L2 != other.L2)
        {
            return L2 < other.L2 ? -1 : 1;
        }

        if (L1 != other.L1)
        {
            return L1 < other.L1 ? -1 : 1;
        }

        return L0 == other.L0 ? 0 : L0 < other.L0 ? -1 : 1;
    }

    public static bool operator ==(Felt left, Felt right) => left.Equals(right);

    public static bool operator !=(Felt left, Felt right) => !left.Equals(right);

    public static bool operator <(Felt left, Felt right) => left.CompareTo(right) < 0;

    public static bool operator >(Felt left, Felt right) => left.CompareTo(right) > 0;

    public static bool operator <=(Felt left, Felt right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Felt left, Felt right) => left.CompareTo(right) >= 0;

    internal ulong Limb(int index) => index switch
    {
        0 => L0,
        1 => L1,
        2 => L2,
        _ => L3,
    };

    internal bool TestBit(int bit) => ((Limb(bit >> 6) >> (bit & 63)) & 1) != 0;

    /// <summary>Subtracts <paramref name="modulus"/> while the value is not below it (for values less than a few moduli).</summary>
    internal Felt ReduceBySubtraction(Felt modulus)
    {
        var value = this;
        while (value >= modulus)
        {
            value = Subtract(value, modulus);
        }

        return value;
    }

    internal static Felt Subtract(Felt a, Felt b)
    {
        var r0 = a.L0 - b.L0;
        var borrow = a.L0 < b.L0 ? 1UL : 0UL;
        var r1 = a.L1 - b.L1 - borrow;
        borrow = a.L1 < b.L1 || (a.L1 == b.L1 && borrow != 0) ? 1UL : 0UL;
        var r2 = a.L2 - b.L2 - borrow;
        borrow = a.L2 < b.L2 || (a.L2 == b.L2 && borrow != 0) ? 1UL : 0UL;
        var r3 = a.L3 - b.L3 - borrow;
        return new Felt(r0, r1, r2, r3);
    }

    private int Nibble(int index) => (int)((Limb(index / 16) >> (4 * (index % 16))) & 0xF);

    private static Felt FromBytesLittleEndian(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[16..]),
        BinaryPrimitives.ReadUInt64LittleEndian(bytes[24..]));

    private static ulong ReadBigEndian(ReadOnlySpan<byte> bytes) =>
        BinaryPrimitives.ReadUInt64BigEndian(bytes);

    private static void WriteBigEndian(Span<byte> bytes, ulong value) =>
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
