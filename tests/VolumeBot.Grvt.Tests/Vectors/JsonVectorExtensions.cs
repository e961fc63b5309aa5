using System.Globalization;
using System.Text.Json;

namespace VolumeBot.Grvt.Tests.Vectors;

internal static class JsonVectorExtensions
{
    public static string Str(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidDataException($"'{property}' is null.");

    /// <summary>An integer that the file may hold as a JSON number or as a decimal string.</summary>
    public static string IntegerText(this JsonElement element, string property) => IntegerText(element.GetProperty(property));

    public static string IntegerText(this JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    public static ulong UInt64(this JsonElement element, string property) =>
        ulong.Parse(element.IntegerText(property), NumberStyles.None, CultureInfo.InvariantCulture);

    public static int Int32(this JsonElement element, string property) =>
        int.Parse(element.IntegerText(property), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public static bool Bool(this JsonElement element, string property) => element.GetProperty(property).GetBoolean();

    public static byte[] HexBytes(this JsonElement element, string property) => global::VolumeBot.Grvt.Signing.Hex.Parse(element.Str(property));
}
