using System.Globalization;
using System.Numerics;

namespace VolumeBot.Paradex.Signing;

/// <summary>
/// Exact decimal-string → integer scaling of sizes and prices (× 10^paraclear_decimals).
/// Digits beyond the scale must be zero: the server derives the quantum from the same string,
/// so truncating (as the SDKs do) would silently produce a signature it rejects.
/// </summary>
public static class ParadexQuantums
{
    public const int ParaclearDecimals = 8;

    public static Felt Scale(string value, int decimals = ParaclearDecimals)
    {
        ArgumentNullException.ThrowIfNull(value);
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? value : value[..dot];
        var fractionPart = dot < 0 ? "" : value[(dot + 1)..];
        if (integerPart.Length == 0 || !integerPart.All(char.IsAsciiDigit)
            || (dot >= 0 && (fractionPart.Length == 0 || !fractionPart.All(char.IsAsciiDigit))))
        {
            throw new FormatException($"'{value}' is not a plain non-negative decimal number.");
        }

        var significantFraction = fractionPart.TrimEnd('0');
        if (significantFraction.Length > decimals)
        {
            throw new FormatException($"'{value}' has more than {decimals} decimals.");
        }

        var digits = integerPart + significantFraction.PadRight(decimals, '0');
        return Felt.FromBigInteger(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
