using System.Text.Json;
using System.Text.Json.Serialization;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Rest;

/// <summary>Source-generated JSON for the wire models: snake_case names, integers also accepted as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SystemConfig))]
[JsonSerializable(typeof(ResultsPage<MarketWire>))]
[JsonSerializable(typeof(BboWire))]
[JsonSerializable(typeof(OrderBookWire))]
[JsonSerializable(typeof(BboStreamWire))]
[JsonSerializable(typeof(OrderBookStreamWire))]
[JsonSerializable(typeof(ResultsPage<TradeWire>))]
[JsonSerializable(typeof(OrderWire))]
[JsonSerializable(typeof(ResultsPage<OrderWire>))]
[JsonSerializable(typeof(ResultsPage<FillWire>))]
[JsonSerializable(typeof(FillWire))]
[JsonSerializable(typeof(ResultsPage<PositionWire>))]
[JsonSerializable(typeof(ErrorWire))]
[JsonSerializable(typeof(AccountWire))]
[JsonSerializable(typeof(AccountInfoPage))]
[JsonSerializable(typeof(AuthResponse))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ParadexJson : JsonSerializerContext
{
    public static T? Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
