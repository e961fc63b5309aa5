using System.Globalization;

namespace VolumeBot.Paradex.Mapping;

/// <summary>Decimal strings as Paradex writes and reads them: invariant, plain notation, "" for none.</summary>
internal static class WireDecimal
{
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static decimal ParseOrZero(string? text) => Parse(text) ?? 0m;

    /// <summary>Plain notation without trailing zeros or exponent: 107000.50 -> "107000.5".</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
