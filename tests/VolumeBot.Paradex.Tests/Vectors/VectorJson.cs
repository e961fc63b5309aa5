using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

internal static class VectorJson
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Str(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidDataException($"'{property}' is null.");

    /// <summary>Felts in the file are 0x-hex or decimal strings (compared numerically).</summary>
    public static Felt Felt(this JsonElement element, string property) => Signing.Felt.Parse(element.Str(property));

    public static Felt AsFelt(this JsonElement element) => Signing.Felt.Parse(element.GetString()!);

    public static Felt[] Felts(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(AsFelt)];

    /// <summary>A typed-data field value as it appears in JSON: numbers as integers, strings by the felt rule.</summary>
    public static Felt EncodeTypedDataValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => TypedDataFelt.Encode(BigInteger.Parse(value.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture)),
        JsonValueKind.String => TypedDataFelt.Encode(value.GetString()!),
        _ => throw new InvalidDataException($"Unsupported typed-data value {value.GetRawText()}."),
    };

    /// <summary>Compact JSON keeping property order, so two documents compare field by field and in order.</summary>
    public static string Canonical(JsonElement element) => JsonSerializer.Serialize(element, Compact);

    public static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonical(document.RootElement);
    }
}
