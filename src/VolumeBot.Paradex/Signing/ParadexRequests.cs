using System.Text.Encodings.Web;
using System.Text.Json;

namespace VolumeBot.Paradex.Signing;

/// <summary>Paradex signature header names.</summary>
public static class ParadexHeaders
{
    public const string StarknetAccount = "PARADEX-STARKNET-ACCOUNT";
    public const string StarknetSignature = "PARADEX-STARKNET-SIGNATURE";
    public const string Timestamp = "PARADEX-TIMESTAMP";
    public const string SignatureExpiration = "PARADEX-SIGNATURE-EXPIRATION";
    public const string EthereumAccount = "PARADEX-ETHEREUM-ACCOUNT";
}

/// <summary>A request ready to send: path relative to the host (includes /v1), signature headers, JSON body.</summary>
public sealed record SignedRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body);

/// <summary>Builds the exact header values and JSON bodies that carry Paradex signatures.</summary>
public static class ParadexRequests
{
    public const string AuthPath = "/v1/auth";
    public const string OnboardingPath = "/v1/onboarding";
    public const string OrdersPath = "/v1/orders";

    // quotes inside the signature string are written as \" (like json.dumps), not \u0022
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>POST /v1/auth (no body). Timestamps in unix seconds, identical to the signed ones.</summary>
    public static SignedRequest Auth(Felt accountAddress, StarkSignature signature, long timestampSeconds, long expirationSeconds) =>
        new("POST", AuthPath, [
            new(ParadexHeaders.StarknetAccount, accountAddress.ToHexString()),
            new(ParadexHeaders.StarknetSignature, signature.ToHeaderValue()),
            new(ParadexHeaders.Timestamp, timestampSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ParadexHeaders.SignatureExpiration, expirationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], null);

    /// <summary>POST /v1/auth/{public_key}: same headers and signature (the signed path stays "/v1/auth").</summary>
    public static string AuthPathForPublicKey(Felt publicKey) => $"{AuthPath}/{publicKey.ToHexString()}";

    /// <summary>POST /v1/onboarding; <paramref name="ethereumAccount"/> is PARADEX_L1_ADDRESS as configured.</summary>
    public static SignedRequest Onboarding(string ethereumAccount, Felt accountAddress, Felt publicKey, StarkSignature signature) =>
        new("POST", OnboardingPath, [
            new(ParadexHeaders.EthereumAccount, ethereumAccount),
            new(ParadexHeaders.StarknetAccount, accountAddress.ToHexString()),
            new(ParadexHeaders.StarknetSignature, signature.ToHeaderValue()),
        ], WriteJson(writer => writer.WriteString("public_key", publicKey.ToHexString())));

    /// <summary>POST /v1/orders; the bearer token is added by the transport.</summary>
    public static SignedRequest CreateOrder(ParadexOrder order, StarkSignature signature) =>
        new("POST", OrdersPath, [], OrderBody(order, signature));

    /// <summary>
    /// Order JSON body in the field order paradex-py uses; <c>price</c> only for non-MARKET orders,
    /// <c>flags</c> only for reduce-only orders.
    /// </summary>
    public static string OrderBody(ParadexOrder order, StarkSignature signature)
    {
        ArgumentNullException.ThrowIfNull(order);
        order.Validate();
        return WriteJson(writer =>
        {
            writer.WriteString("market", order.Market);
            writer.WriteString("side", order.SideText);
            writer.WriteString("size", order.Size);
            writer.WriteString("type", order.Type);
            writer.WriteString("client_id", order.ClientId);
            writer.WriteString("instruction", order.Instruction);
            writer.WriteString("signature", signature.ToHeaderValue());
            writer.WriteNumber("signature_timestamp", order.SignatureTimestampMs);
            if (!order.IsMarket)
            {
                writer.WriteString("price", order.Price);
            }

            if (order.ReduceOnly)
            {
                writer.WriteStartArray("flags");
                writer.WriteStringValue("REDUCE_ONLY");
                writer.WriteEndArray();
            }
        });
    }

    private static string WriteJson(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
