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

    /// <summary>Whether the text converts to the flag's type, as the parser reads it (invariant culture).</summary>
    public static bool Fits(string text, Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        var c = CultureInfo.InvariantCulture;
        return type == typeof(decimal) ? decimal.TryParse(text, NumberStyles.Number, c, out _)
            : type == typeof(double) ? double.TryParse(text, NumberStyles.Float, c, out _)
            : type == typeof(int) ? int.TryParse(text, NumberStyles.Integer, c, out _)
            : type == typeof(long) ? long.TryParse(text, NumberStyles.Integer, c, out _)
            : type != typeof(bool) || bool.TryParse(text, out _);
    }
}
