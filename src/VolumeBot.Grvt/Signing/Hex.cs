namespace VolumeBot.Grvt.Signing;

/// <summary>0x-prefixed lowercase hex, the form GRVT and Ethereum tooling use for byte strings.</summary>
public static class Hex
{
    public static string Format(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Parses hex with or without "0x"; an odd number of digits is read as if it had a leading zero.</summary>
    public static byte[] Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = StripPrefix(hex.AsSpan().Trim());
        if (digits.Length % 2 == 1)
            return Convert.FromHexString("0" + digits.ToString());
        return Convert.FromHexString(digits);
    }

    /// <summary>Parses an unsigned big-endian number into exactly <paramref name="size"/> bytes, left-padded with zeros.</summary>
    public static byte[] ParseUnsigned(string hex, int size)
    {
        var bytes = Parse(hex).AsSpan();
        var firstNonZero = bytes.IndexOfAnyExcept((byte)0);
        bytes = firstNonZero < 0 ? [] : bytes[firstNonZero..];
        if (bytes.Length > size)
            throw new FormatException($"Hex value does not fit in {size} bytes.");
        var result = new byte[size];
        bytes.CopyTo(result.AsSpan(size - bytes.Length));
        return result;
    }

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> hex) =>
        hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
}
