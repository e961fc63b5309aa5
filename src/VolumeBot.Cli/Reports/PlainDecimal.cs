using System.Runtime.CompilerServices;
namespace VolumeBot.Cli.Reports;

/// <summary>
/// A fast reading of the UTF-8 numbers the trades CSVs hold ("-0.0123", "95000.1": an optional minus, at most 19 digits,
/// an optional point), giving the same decimal (digits and scale) as decimal.Parse. Anything else (exponents, a plus
/// sign, more digits, a negative zero) it leaves to decimal.Parse.
/// </summary>
public static class PlainDecimal
{
    private const int MaxDigits = 19;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        ulong mantissa = 0;
        int digits = 0, scale = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit((char)c))
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = mantissa * 10 + (ulong)(c - '0');
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || negative && mantissa == 0 || point && scale == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
