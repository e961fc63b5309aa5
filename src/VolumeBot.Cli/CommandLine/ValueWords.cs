using System.Globalization;

namespace VolumeBot.Cli.CommandLine;

/// <summary>What a flag's value must look like, in words a trader reads (never a .NET type name).</summary>
public static class ValueWords
{
    public static string For(Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        return type == typeof(decimal) || type == typeof(double) ? "a decimal number such as 0.5"
            : type == typeof(int) || type == typeof(long) ? "a whole number"
            : type == typeof(bool) ? "true or false"
            : type.IsArray ? "one or more values"
            : "a value";
    }

    /// <summary>Whether the text is a plain number of the flag's type: digits, a sign and a decimal point (invariant culture).</summary>
    public static bool Fits(string text, Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        const NumberStyles plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        var c = CultureInfo.InvariantCulture;
        return type == typeof(decimal) ? decimal.TryParse(text, plain, c, out _)
            : type == typeof(double) ? double.TryParse(text, plain, c, out _)
            : type == typeof(int) ? int.TryParse(text, NumberStyles.AllowLeadingSign, c, out _)
            : type == typeof(long) ? long.TryParse(text, NumberStyles.AllowLeadingSign, c, out _)
            : type != typeof(bool) || bool.TryParse(text, out _);
    }
}
