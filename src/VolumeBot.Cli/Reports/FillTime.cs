using System.Runtime.CompilerServices;
namespace VolumeBot.Cli.Reports;

/// <summary>
/// A fast reading of the UTF-8 timestamps the trades CSVs hold, "2026-01-01 08:00:00.123+08:00" (or with 'T', without the
/// fraction, without the offset), giving what the exact formats of <see cref="TradesCsvReader"/> give. Anything
/// else it leaves to those formats: it never accepts a text they would refuse.
/// </summary>
public static class FillTime
{
    private const int DateTimeLength = 19;
    private const int MaxFractionDigits = 7;
    private static readonly int[] TicksPerDigit = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <param name="time">The instant, when the text has an offset.</param>
    /// <param name="local">The wall-clock time, when it has none (its zone is the report's).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset time, out DateTime? local)
    {
        time = default;
        local = null;
        if (text.Length < DateTimeLength || text[4] != '-' || text[7] != '-' || text[10] is not ((byte)' ' or (byte)'T') || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second)
            || year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var at = DateTimeLength;
        long fraction = 0;
        if (at < text.Length && text[at] == '.')
        {
            var digits = 0;
            for (at++; at < text.Length && char.IsAsciiDigit((char)text[at]); at++)
            {
                if (++digits > MaxFractionDigits)
                {
                    return false;
                }

                fraction = fraction * 10 + (text[at] - '0');
            }

            if (digits == 0)
            {
                return false;
            }

            fraction *= TicksPerDigit[digits];
        }

        var wallClock = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        if (at == text.Length)
        {
            local = wallClock;
            return true;
        }

        if (text.Length - at != 6 || text[at] is not ((byte)'+' or (byte)'-') || text[at + 3] != ':'
            || !Digits(text, at + 1, 2, out var offsetHours) || !Digits(text, at + 4, 2, out var offsetMinutes)
            || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60)
        {
            return false;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        time = new DateTimeOffset(wallClock, text[at] == '-' ? -offset : offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit((char)text[i]))
            {
                return false;
            }

            value = value * 10 + (text[i] - '0');
        }

        return true;
    }
}
