using System.Numerics;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// How a typed-data <c>felt</c> value becomes a number (starknet.js and starknet.py agree):
/// integers as is; "0x…" as hex; decimal digits (or "") as a decimal integer; anything else as a short string.
/// So "1" is 1 and "1.5" is the short string 0x312e35 — never put human decimals into typed data.
/// </summary>
public static class TypedDataFelt
{
    public static Felt Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return Felt.ParseHex(value);
        }

        if (value.Length == 0)
        {
            return Felt.Zero;
        }

        return value.All(char.IsAsciiDigit) ? Felt.ParseDecimal(value) : ShortString.Encode(value);
    }

    public static Felt Encode(long value) =>
        value >= 0 ? (ulong)value : throw new ArgumentOutOfRangeException(nameof(value), "Felts are non-negative.");

    public static Felt Encode(BigInteger value) => Felt.FromBigInteger(value);
}
