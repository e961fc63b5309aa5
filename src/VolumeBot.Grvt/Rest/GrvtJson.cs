using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// GRVT's JSON, source-generated: snake_case, numbers that arrive as strings in one response and as numbers in
/// another, ids that may be either (protocols/grvt.md §8.13). Parsing is lenient; what we send is plain strings and
/// booleans.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(InstrumentRequest))]
[JsonSerializable(typeof(BookRequest))]
[JsonSerializable(typeof(RecentTradesRequest))]
[JsonSerializable(typeof(SubAccountRequest))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(FilteredRequest))]
[JsonSerializable(typeof(FillHistoryRequest))]
[JsonSerializable(typeof(ClientOrderRequest))]
[JsonSerializable(typeof(Envelope<InstrumentWire>))]
[JsonSerializable(typeof(Envelope<BookWire>))]
[JsonSerializable(typeof(Envelope<List<TradeWire>>))]
[JsonSerializable(typeof(Envelope<List<PositionWire>>))]
[JsonSerializable(typeof(Envelope<AccountSummaryWire>))]
[JsonSerializable(typeof(Envelope<FundingAccountSummaryWire>))]
[JsonSerializable(typeof(Envelope<List<FillWire>>))]
[JsonSerializable(typeof(Envelope<AckWire>))]
[JsonSerializable(typeof(Envelope<OrderWire>))]
[JsonSerializable(typeof(Envelope<List<OrderWire>>))]
[JsonSerializable(typeof(BookWire))]
[JsonSerializable(typeof(OrderWire))]
[JsonSerializable(typeof(FillWire))]
internal sealed partial class GrvtJson : JsonSerializerContext
{
    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    public static T? Read<T>(string json, JsonTypeInfo<T> type) => JsonSerializer.Deserialize(json, type);
}

/// <summary>Strings that a server may send as bare numbers (ids, timestamps, sequence numbers).</summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw new JsonException($"expected a string, got {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
