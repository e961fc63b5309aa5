using System.Runtime.CompilerServices;
using System.Text;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// The fields of one CSV line of UTF-8 bytes, trimmed of white space as <see cref="string.Trim()"/> trims it, without
/// a string per field. A line with a quote is split as CSV quotes it (a quoted field may hold commas and doubled
/// quotes; an unclosed quote runs to the end of the line).
/// </summary>
public sealed class CsvRow
{
    private const int MaxFields = 32;
    private readonly Range[] _ranges = new Range[MaxFields];
    private byte[] _line = [];
    private byte[] _unquoted = new byte[256];

    /// <summary>How many fields the line has.</summary>
    public int Count { get; private set; }

    /// <summary>Field <paramref name="index"/>, trimmed; empty past the last field.</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (index >= Math.Min(Count, MaxFields))
            {
                return default;
            }

            var field = _line.AsSpan()[_ranges[index]];
            return field.IsEmpty || IsPrintableAscii(field[0]) && IsPrintableAscii(field[^1]) ? field : Trim(field);
        }
    }

    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Math.Min(Count, MaxFields); i++)
            {
                if (!this[i].IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Splits <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="start"/>; the row reads them until the next split.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Split(byte[] buffer, int start, int length)
    {
        var text = buffer.AsSpan(start, length);
        if (text.Contains((byte)'"'))
        {
            SplitQuoted(text);
            return;
        }

        _line = buffer;
        var count = 0;
        var fieldStart = start;
        for (var comma = text.IndexOf((byte)','); comma >= 0; comma = text.IndexOf((byte)','))
        {
            if (count < MaxFields)
            {
                _ranges[count] = fieldStart..(fieldStart + comma);
            }

            count++;
            fieldStart += comma + 1;
            text = text[(comma + 1)..];
        }

        if (count < MaxFields)
        {
            _ranges[count] = fieldStart..(start + length);
        }

        Count = count + 1;
    }

    private void SplitQuoted(ReadOnlySpan<byte> line)
    {
        if (_unquoted.Length < line.Length)
        {
            _unquoted = new byte[Math.Max(line.Length, _unquoted.Length * 2)];
        }

        _line = _unquoted;
        var count = 0;
        var written = 0;
        var i = 0;
        while (true)
        {
            var fieldStart = written;
            if (i < line.Length && line[i] == '"')
            {
                for (i++; i < line.Length; i++)
                {
                    if (line[i] != '"')
                    {
                        _unquoted[written++] = line[i];
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        _unquoted[written++] = (byte)'"';
                        i++;
                    }
                    else
                    {
                        i++;
                        break;
                    }
                }
            }

            while (i < line.Length && line[i] != ',')
            {
                _unquoted[written++] = line[i++];
            }

            if (count < MaxFields)
            {
                _ranges[count] = fieldStart..written;
            }

            count++;
            if (i >= line.Length)
            {
                break;
            }

            i++; // the comma
        }

        Count = count;
    }

    /// <summary>Trims what char.IsWhiteSpace calls white space, decoding a character only where a field starts or ends with a non-ASCII byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        while (!field.IsEmpty)
        {
            if (field[0] < 0x80)
            {
                if (!IsAsciiWhiteSpace(field[0]))
                {
                    break;
                }

                field = field[1..];
            }
            else if (Rune.DecodeFromUtf8(field, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                field = field[length..];
            }
            else
            {
                break;
            }
        }

        while (!field.IsEmpty)
        {
            if (field[^1] < 0x80)
            {
                if (!IsAsciiWhiteSpace(field[^1]))
                {
                    break;
                }

                field = field[..^1];
            }
            else if (Rune.DecodeLastFromUtf8(field, out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                field = field[..^length];
            }
            else
            {
                break;
            }
        }

        return field;
    }

    private static bool IsAsciiWhiteSpace(byte b) => b is (byte)' ' or >= 0x09 and <= 0x0D;

    private static bool IsPrintableAscii(byte b) => b is > (byte)' ' and < 0x80;
}
