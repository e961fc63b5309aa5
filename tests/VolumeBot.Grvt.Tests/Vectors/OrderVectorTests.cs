using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VolumeBot.Grvt.Signing;
using VolumeBot.Grvt.Tests.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

/// <summary>Every value of every <c>orders[]</c> case, each as its own test.</summary>
public sealed class OrderVectorTests
{
    public static TheoryData<string> OrderIds => GrvtVectorFile.Ids("orders");

    private static JsonElement Vector(string id) => GrvtVectorFile.Case("orders", id);

    private static OrderTypedData TypedData(JsonElement vector)
    {
        var request = VectorOrders.Request(vector);
        return GrvtOrderSigner.CreateTypedData(request, request.Nonce!.Value, request.ExpirationNs!.Value);
    }

    private static OrderHashTrace Trace(JsonElement vector) =>
        new Eip712OrderHasher(VectorOrders.ChainId(vector)).Trace(TypedData(vector));

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Case_metadata_is_consistent(string id)
    {
        var vector = Vector(id);
        var inputs = vector.GetProperty("inputs");
        Assert.Equal(inputs.Bool("is_market") ? "market" : "limit", inputs.Str("order_type"));
        if (inputs.Bool("is_market"))
            Assert.Equal(0m, decimal.Parse(inputs.Str("limit_price"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GrvtChainId.ForEnvironment(vector.Str("env")), vector.UInt64("chain_id"));

        var key = GrvtVectorFile.Section("keys").Concat(GrvtVectorFile.Section("reference_keys"))
            .Single(k => k.Str("id") == vector.Str("key_id"));
        Assert.Equal(key.Str("private_key"), vector.Str("private_key"), ignoreCase: true);
        Assert.Equal(key.Str("address"), vector.Str("signer"));
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Signer_address_matches_private_key(string id)
    {
        var vector = Vector(id);
        Assert.Equal(vector.Str("signer"), VectorOrders.Key(vector).Address);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Scaled_values_match(string id)
    {
        var vector = Vector(id);
        var scaled = vector.GetProperty("scaled");
        var instrument = VectorOrders.Instrument(vector);
        var typedData = TypedData(vector);
        var leg = Assert.Single(typedData.Legs);

        Assert.Equal(Hex.Parse(scaled.Str("asset_id_hex")), Hex.Parse(instrument.InstrumentHash));
        Assert.Equal(scaled.IntegerText("asset_id_decimal"), instrument.AssetId.ToString());
        Assert.Equal(scaled.IntegerText("contract_size"), leg.ContractSize.ToString());
        Assert.Equal(scaled.IntegerText("limit_price"), leg.LimitPrice.ToString());
        Assert.Equal(scaled.Int32("time_in_force_int"), (int)typedData.TimeInForce);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Typed_data_types_and_domain_match(string id)
    {
        var typedData = Vector(id).GetProperty("typed_data");
        Assert.Equal("Order", typedData.Str("primaryType"));
        var types = typedData.GetProperty("types");
        Assert.Equal(Eip712OrderHasher.DomainEncodeType, EncodeType(types, "EIP712Domain"));
        Assert.Equal(Eip712OrderHasher.OrderLegEncodeType, EncodeType(types, "OrderLeg"));
        Assert.Equal(Eip712OrderHasher.OrderEncodeType, EncodeType(types, "Order") + EncodeType(types, "OrderLeg"));

        var domain = typedData.GetProperty("domain");
        Assert.Equal(["name", "version", "chainId"], domain.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Eip712OrderHasher.DomainName, domain.Str("name"));
        Assert.Equal(Eip712OrderHasher.DomainVersion, domain.Str("version"));
        Assert.Equal(Vector(id).UInt64("chain_id"), domain.UInt64("chainId"));
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Typed_data_message_matches(string id)
    {
        var vector = Vector(id);
        var message = vector.GetProperty("typed_data").GetProperty("message");
        var typedData = TypedData(vector);

        Assert.Equal(message.IntegerText("subAccountID"), typedData.SubAccountId.ToString());
        Assert.Equal(message.Bool("isMarket"), typedData.IsMarket);
        Assert.Equal(message.Int32("timeInForce"), (int)typedData.TimeInForce);
        Assert.Equal(message.Bool("postOnly"), typedData.PostOnly);
        Assert.Equal(message.Bool("reduceOnly"), typedData.ReduceOnly);
        Assert.Equal(message.IntegerText("nonce"), typedData.Nonce.ToString());
        Assert.Equal(message.IntegerText("expiration"), typedData.Expiration.ToString());

        var expectedLegs = message.GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal(expectedLegs.Count, typedData.Legs.Count);
        for (var i = 0; i < expectedLegs.Count; i++)
        {
            Assert.Equal(expectedLegs[i].IntegerText("assetID"), typedData.Legs[i].AssetId.ToString());
            Assert.Equal(expectedLegs[i].IntegerText("contractSize"), typedData.Legs[i].ContractSize.ToString());
            Assert.Equal(expectedLegs[i].IntegerText("limitPrice"), typedData.Legs[i].LimitPrice.ToString());
            Assert.Equal(expectedLegs[i].Bool("isBuyingContract"), typedData.Legs[i].IsBuyingContract);
        }
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Domain_separator_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(Intermediate(vector, "domain_separator"), Trace(vector).DomainSeparator);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Order_leg_encode_data_matches(string id)
    {
        var vector = Vector(id);
        AssertHexList(vector.GetProperty("intermediate").GetProperty("order_leg_encode_data"), Trace(vector).OrderLegEncodeData);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Order_leg_struct_hashes_match(string id)
    {
        var vector = Vector(id);
        AssertHexList(vector.GetProperty("intermediate").GetProperty("order_leg_struct_hashes"), Trace(vector).OrderLegStructHashes);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Legs_array_hash_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(Intermediate(vector, "legs_array_hash"), Trace(vector).LegsArrayHash);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Order_encode_data_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(Intermediate(vector, "order_encode_data"), Trace(vector).OrderEncodeData);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Order_struct_hash_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(Intermediate(vector, "order_struct_hash"), Trace(vector).OrderStructHash);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Digest_preimage_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(Intermediate(vector, "digest_preimage"), Trace(vector).DigestPreimage);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Digest_matches(string id)
    {
        var vector = Vector(id);
        AssertHex(vector.Str("digest"), Trace(vector).Digest);
        AssertHex(vector.Str("digest"), VectorOrders.Sign(vector).Digest.ToArray());
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Rfc6979_nonce_matches(string id)
    {
        // libsecp256k1 keeps its nonce inside; its r is the x of k·G, so an equal r shows it used the vector's k.
        var vector = Vector(id);
        var raw = RawSignature(vector);
        AssertHex(vector.GetProperty("signature").Str("rfc6979_k"), Oracle.ToWord(raw.Nonce));
        Assert.Equal(Oracle.ToWord(raw.R), VectorOrders.Sign(vector).Signature.R.ToArray());
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Signature_matches(string id)
    {
        var vector = Vector(id);
        var expected = vector.GetProperty("signature");
        var signature = VectorOrders.Sign(vector).Signature;

        Assert.Equal(expected.Str("r"), signature.RHex, ignoreCase: true);
        Assert.Equal(expected.Str("s"), signature.SHex, ignoreCase: true);
        Assert.Equal(expected.Int32("v"), signature.V);
        Assert.Equal(expected.Int32("recovery_id"), signature.RecoveryId);
        AssertHex(expected.Str("signature_65_bytes"), signature.ToRsv());
        Assert.Equal(66, signature.RHex.Length);
        Assert.Equal(66, signature.SHex.Length);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Low_s_normalisation_matches(string id)
    {
        var vector = Vector(id);
        var expected = vector.GetProperty("signature");
        var raw = RawSignature(vector);
        var normalised = raw.S > Oracle.N / 2;

        Assert.Equal(expected.Bool("low_s_normalized"), normalised);
        Assert.Equal(expected.Int32("raw_recovery_id_before_normalization"), raw.RecoveryId);
        var rawS = expected.GetProperty("raw_s_before_normalization");
        if (rawS.ValueKind == JsonValueKind.Null)
            Assert.False(normalised);
        else
            AssertHex(rawS.GetString()!, Oracle.ToWord(raw.S));

        var signature = VectorOrders.Sign(vector).Signature;
        Assert.Equal(Oracle.ToWord(normalised ? Oracle.N - raw.S : raw.S), signature.S.ToArray());
        Assert.Equal(normalised ? raw.RecoveryId ^ 1 : raw.RecoveryId, signature.RecoveryId);
        Assert.True(SignatureRecovery.IsLowS(signature.S));
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Recovered_address_matches(string id)
    {
        var vector = Vector(id);
        var expected = vector.GetProperty("signature");
        var recovered = SignatureRecovery.RecoverAddress(
            vector.HexBytes("digest"), expected.HexBytes("r"), expected.HexBytes("s"), expected.Int32("v"));

        Assert.Equal(vector.Str("recovered_address"), recovered);
        Assert.Equal(vector.Str("signer"), recovered);
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Create_order_body_matches_field_by_field(string id)
    {
        var vector = Vector(id);
        Assert.Equal(SignedGrvtOrder.CreateOrderPath, vector.Str("create_order_url_path"));
        var expected = JsonNode.Parse(vector.GetProperty("create_order_body").GetRawText());
        var actual = JsonNode.Parse(VectorOrders.Sign(vector).ToCreateOrderJson());
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}\nactual   {actual?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(OrderIds))]
    public void Create_order_body_json_is_byte_identical(string id)
    {
        var vector = Vector(id);
        Assert.Equal(vector.Str("create_order_body_json"), VectorOrders.Sign(vector).ToCreateOrderJson());
    }

    private static RawSignature RawSignature(JsonElement vector) =>
        Oracle.SignWithoutNormalising(Oracle.ToBig(Hex.ParseUnsigned(vector.Str("private_key"), 32)), vector.HexBytes("digest"));

    private static string Intermediate(JsonElement vector, string name) => vector.GetProperty("intermediate").Str(name);

    private static string EncodeType(JsonElement types, string name)
    {
        var fields = types.GetProperty(name).EnumerateArray().Select(f => $"{f.Str("type")} {f.Str("name")}");
        return new StringBuilder(name).Append('(').AppendJoin(',', fields).Append(')').ToString();
    }

    private static void AssertHex(string expected, byte[] actual) => Assert.Equal(expected, Hex.Format(actual), ignoreCase: true);

    private static void AssertHexList(JsonElement expected, IReadOnlyList<byte[]> actual)
    {
        var expectedItems = expected.EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).ToList();
        Assert.Equal(expectedItems, actual.Select(a => Hex.Format(a)));
    }
}
