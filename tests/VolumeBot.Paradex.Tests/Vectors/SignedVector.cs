using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

/// <summary>A signed vector (auth / onboarding / order) and the message rebuilt from its plain inputs.</summary>
internal sealed class SignedVector
{
    public static readonly string[] Sections = ["auth", "onboarding", "orders"];

    private SignedVector(JsonElement json)
    {
        Json = json;
        Kind = json.Str("kind");
        Key = StarkKey.FromHex(json.Str("private_key"));
        Account = json.Felt("account_address");
        Domain = new ParadexDomain(json.Str("chain_id"));
        Order = Kind == "order" ? ReadOrder(json.GetProperty("order")) : null;
        Message = Kind switch
        {
            "auth" => ParadexMessages.Auth(json.GetProperty("timestamp").GetInt64(), json.GetProperty("expiration").GetInt64()),
            "onboarding" => ParadexMessages.Onboarding(),
            "order" => ParadexMessages.Order(Order!),
            _ => throw new Xunit.Sdk.XunitException($"Unknown signed vector kind '{Kind}'."),
        };
    }

    public JsonElement Json { get; }

    public string Kind { get; }

    public StarkKey Key { get; }

    public Felt Account { get; }

    public ParadexDomain Domain { get; }

    public ParadexOrder? Order { get; }

    public TypedMessage Message { get; }

    public Felt ExpectedMessageHash => Json.Felt("message_hash");

    /// <summary>Ids are "section/id" so the three sections share one theory.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var section in Sections)
        {
            foreach (var id in ParadexVectorFile.CaseIds(section))
            {
                data.Add($"{section}/{id}");
            }
        }

        return data;
    }

    public static SignedVector Load(string sectionAndId)
    {
        var parts = sectionAndId.Split('/', 2);
        return new SignedVector(ParadexVectorFile.Case(parts[0], parts[1]));
    }

    private static ParadexOrder ReadOrder(JsonElement order) => new()
    {
        Market = order.Str("market"),
        Side = order.Str("side") switch
        {
            "BUY" => OrderSide.Buy,
            "SELL" => OrderSide.Sell,
            var other => throw new Xunit.Sdk.XunitException($"Unknown side '{other}'."),
        },
        Type = order.Str("type"),
        Size = order.Str("size"),
        Price = order.TryGetProperty("price", out var price) && price.ValueKind != JsonValueKind.Null ? price.GetString() : null,
        Instruction = order.Str("instruction"),
        ClientId = order.Str("client_id"),
        ReduceOnly = order.GetProperty("reduce_only").GetBoolean(),
        SignatureTimestampMs = order.GetProperty("signature_timestamp").GetInt64(),
    };
}
