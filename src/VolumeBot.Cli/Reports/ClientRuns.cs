using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// <see cref="Core.Trading.ClientOrderIds.RunOf"/> read from a UTF-8 client id without a string per row: the runs of
/// one file are few, so each is made once. Ids are 1 | run (15 bits) | sequence (16 bits) | tag (32 bits); older
/// ones "73", an 8-digit run, a 9-digit sequence.
/// </summary>
public sealed class ClientRuns
{
    private const int LegacyLength = 19;
    private const int RunShift = 48;
    private const ulong RunMask = (1UL << 15) - 1;
    private const ulong ApiRange = 1UL << 63;
    private const ulong LegacyKey = 1UL << 62; // keys of legacy runs (8 digits) never meet keys of API runs (15 bits)
    private readonly Dictionary<ulong, string> _runs = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Of(ReadOnlySpan<byte> clientOrderId)
    {
        ulong key;
        if (clientOrderId.Length == LegacyLength && clientOrderId.StartsWith("73"u8) && AllDigits(clientOrderId))
        {
            key = LegacyKey | ulong.Parse(clientOrderId[2..10], NumberStyles.None, CultureInfo.InvariantCulture);
            return _runs.TryGetValue(key, out var legacy) ? legacy : _runs[key] = Encoding.ASCII.GetString(clientOrderId[2..10]);
        }

        if (!ulong.TryParse(clientOrderId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < ApiRange)
        {
            return "";
        }

        key = (id >> RunShift) & RunMask;
        return _runs.TryGetValue(key, out var run) ? run : _runs[key] = key.ToString(CultureInfo.InvariantCulture);
    }

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
