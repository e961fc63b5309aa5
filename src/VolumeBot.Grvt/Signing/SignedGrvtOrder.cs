using System.Buffers;
using System.Text;
using System.Text.Json;

namespace VolumeBot.Grvt.Signing;

/// <summary>A signed order: what was signed, the signature, and the create_order request body.</summary>
public sealed class SignedGrvtOrder
{
    public const string CreateOrderPath = "/full/v1/create_order";

    private readonly byte[] _digest;

    internal SignedGrvtOrder(
        GrvtOrderRequest request, OrderTypedData typedData, byte[] digest, EcdsaSignature signature, string signer,
        string sizeText, string limitPriceText)
    {
        Request = request;
        TypedData = typedData;
        _digest = digest;
        Signature = signature;
        Signer = signer;
        SizeText = sizeText;
        LimitPriceText = limitPriceText;
    }

    public GrvtOrderRequest Request { get; }
    public OrderTypedData TypedData { get; }
    public ReadOnlySpan<byte> Digest => _digest;
    public EcdsaSignature Signature { get; }

    /// <summary>EIP-55 address of the signing key (sent as signature.signer).</summary>
    public string Signer { get; }

    /// <summary>legs[0].size as sent: the signed size in human units.</summary>
    public string SizeText { get; }

    /// <summary>legs[0].limit_price as sent: "0" for market orders.</summary>
    public string LimitPriceText { get; }

    public uint Nonce => TypedData.Nonce;
    public long ExpirationNs => TypedData.Expiration;
    public ulong ClientOrderId => Request.ClientOrderId;

    /// <summary>The compact JSON body POSTed to <see cref="CreateOrderPath"/> on the trades host.</summary>
    public string ToCreateOrderJson()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("order");
            WriteOrder(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the <c>order</c> object (also usable inside a JSON-RPC <c>v1/create_order</c> request).</summary>
    public void WriteOrder(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("sub_account_id", Request.SubAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteBoolean("is_market", TypedData.IsMarket);
        writer.WriteString("time_in_force", TypedData.TimeInForce.ToWireName());
        writer.WriteBoolean("post_only", TypedData.PostOnly);
        writer.WriteBoolean("reduce_only", TypedData.ReduceOnly);

        writer.WriteStartArray("legs");
        writer.WriteStartObject();
        writer.WriteString("instrument", Request.Instrument.Name);
        writer.WriteString("size", SizeText);
        writer.WriteString("limit_price", LimitPriceText);
        writer.WriteBoolean("is_buying_asset", Request.Side == GrvtOrderSide.Buy);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("signature");
        writer.WriteString("r", Signature.RHex);
        writer.WriteString("s", Signature.SHex);
        writer.WriteNumber("v", Signature.V);
        writer.WriteString("expiration", ExpirationNs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteNumber("nonce", Nonce);
        writer.WriteString("signer", Signer);
        writer.WriteEndObject();

        writer.WriteStartObject("metadata");
        writer.WriteString("client_order_id", ClientOrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();

        writer.WriteEndObject();
    }
}
