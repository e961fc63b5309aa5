using System.Runtime.CompilerServices;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// A running sum of decimals kept as a whole number of units of its scale (fees with 8 decimals add up as a count of
/// 1e-8), so a report over a million fills adds integers instead of decimals. <see cref="Value"/> is the very decimal
/// (digits, scale and sign) that adding the same values one by one with decimal's + gives: a value of the sum's scale
/// or less is added as integers when the sum is not zero and does not come to zero; anything else (a larger scale, a
/// zero, a number past 62 bits) is added by decimal's + itself, and a sum past 62 bits carries on in decimal.
/// </summary>
public struct DecimalSum
{
    private const long MaxUnits = 1L << 62; // two terms under this cannot overflow a long
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
    private static readonly ulong[] MaxRescaled = [.. Pow10.Select(factor => (ulong)(MaxUnits / factor))];

    private long _units;
    private int _scale;
    private bool _negative; // the sign of a zero sum, which decimal keeps
    private bool _inDecimal;
    private decimal _decimal;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(decimal value)
    {
        var bits = DecimalBits.Of(value);
        var digits = _scale - bits.Scale;
        if (_units != 0 && (uint)digits < (uint)Pow10.Length && bits.High == 0 && bits.Low < MaxRescaled[digits]
            && Math.Abs(_units) < MaxUnits && !_inDecimal)
        {
            // decimal's + scales the value up to the sum's scale and adds: exact, and the sign is the result's unless it is zero
            var units = (long)bits.Low * Pow10[digits];
            var sum = _units + (bits.Negative ? -units : units);
            if (sum != 0)
            {
                _units = sum;
                return;
            }
        }

        AddAsDecimal(value);
    }

    public readonly decimal Value => _inDecimal ? _decimal : Exact();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddAsDecimal(decimal value)
    {
        var sum = Value + value;
        var bits = DecimalBits.Of(sum);
        if (_inDecimal || bits.High != 0 || bits.Low >= MaxUnits)
        {
            (_inDecimal, _decimal) = (true, sum);
            return;
        }

        _units = bits.Negative ? -(long)bits.Low : (long)bits.Low;
        _scale = bits.Scale;
        _negative = bits.Negative;
    }

    private readonly decimal Exact()
    {
        var magnitude = (ulong)Math.Abs(_units);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, _units < 0 || _units == 0 && _negative, (byte)_scale);
    }

    /// <summary>A decimal's sign, scale and 96-bit mantissa, read through decimal's public GetBits.</summary>
    private readonly struct DecimalBits(int lo, int mid, int hi, int flags)
    {
        public int Scale => (flags >> 16) & 0xFF;

        public bool Negative => flags < 0;

        public uint High => (uint)hi;

        public ulong Low => ((ulong)(uint)mid << 32) | (uint)lo;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static DecimalBits Of(decimal value)
        {
            Span<int> parts = stackalloc int[4];
            decimal.GetBits(value, parts);
            return new DecimalBits(parts[0], parts[1], parts[2], parts[3]);
        }
    }
}
