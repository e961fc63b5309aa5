using System.Numerics;

namespace VolumeBot.Grvt.Signing;

/// <summary>
/// Exact decimal → signed integer scaling (never double: 68900.777123479 × 10^9 exceeds 2^53).
/// Digits beyond the scale are truncated toward zero, as the official SDK does before signing.
/// </summary>
public static class GrvtScaling
{
    /// <summary>Limit prices are always signed with 9 decimals, whatever the instrument.</summary>
    public const int PriceDecimals = 9;

    /// <summary>The value truncated to at most <paramref name="decimals"/> fractional digits (trailing zeros kept).</summary>
    public static decimal Truncate(decimal value, int decimals) =>
        decimals >= value.Scale ? value : decimal.Round(value, decimals, MidpointRounding.ToZero);

    /// <summary>value × 10^decimals as an unsigned 64-bit integer, truncating extra digits.</summary>
    public static ulong ToScaledUInt64(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (value < 0)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Signed quantities must not be negative.");

        var truncated = Truncate(value, decimals);
        var mantissa = Mantissa(truncated);
        var scaled = mantissa * BigInteger.Pow(10, decimals - truncated.Scale);
        if (scaled > ulong.MaxValue)
            throw new OverflowException($"{value} × 10^{decimals} does not fit in uint64.");
        return (ulong)scaled;
    }

    /// <summary>The unscaled integer of a decimal: value = mantissa / 10^scale.</summary>
    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return value < 0 ? -magnitude : magnitude;
    }
}
