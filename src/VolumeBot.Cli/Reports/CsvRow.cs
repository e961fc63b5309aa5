namespace VolumeBot.Cli.Reports;

/// <summary>
/// The fields of one CSV line, trimmed, without a string per field. A line with a quote is split as CSV quotes it
/// (a quoted field may hold commas and doubled quotes; an unclosed quote runs to the end of the line).
/// </summary>
public sealed class CsvRow
{
    private const int MaxFields = 32;
    private readonly Range[] _ranges = new Range[MaxFields];
    private readonly List<string> _quoted = [];
    private string _line = "";
    private bool _isQuoted;

    /// <summary>How many fields the line has.</summary>
    public int Count { get; private set; }

    /// <summary>Field <paramref name="index"/>, trimmed; empty past the last field.</summary>
    public ReadOnlySpan<char> this[int index] =>
        index >= Math.Min(Count, MaxFields) ? default
        : _isQuoted ? _quoted[index].AsSpan().Trim()
        : _line.AsSpan()[_ranges[index]].Trim();

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

    public void Split(string line)
    {
        _line = line;
        _isQuoted = line.Contains('"', StringComparison.Ordinal);
        if (_isQuoted)
        {
            SplitQuoted(line);
            return;
        }

        var count = 0;
        var start = 0;
        var text = line.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ',')
            {
                if (count < MaxFields)
                {
                    _ranges[count] = start..i;
                }

                count++;
                start = i + 1;
            }
        }

        if (count < MaxFields)
        {
            _ranges[count] = start..text.Length;
        }

        count++;
        Count = count;
    }

    private void SplitQuoted(string line)
    {
        _quoted.Clear();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                for (i++; i < line.Length; i++)
                {
                    if (line[i] != '"')
                    {
                        field.Append(line[i]);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
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
                field.Append(line[i++]);
            }

            _quoted.Add(field.ToString());
            if (i >= line.Length)
            {
                break;
            }

            i++; // the comma
        }

        Count = _quoted.Count;
    }
}
