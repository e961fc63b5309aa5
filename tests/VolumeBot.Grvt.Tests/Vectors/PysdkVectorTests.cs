using System.Text.Json;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

/// <summary>Known answers of the official grvt-pysdk signing tests (pin the domain without verifyingContract).</summary>
public sealed class PysdkVectorTests
{
    private const string Section = "pysdk_reference_vectors";

    public static TheoryData<string> Ids => GrvtVectorFile.OptionalIds(Section);

    private static JsonElement Vector(string id) => GrvtVectorFile.Case(Section, id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Signer_matches(string id)
    {
        if (GrvtVectorFile.IsAbsentPlaceholder(Section, id))
            return;
        var vector = Vector(id);
        Assert.Equal(vector.Str("signer"), VectorOrders.Key(vector).Address);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Scaled_values_match(string id)
    {
        if (GrvtVectorFile.IsAbsentPlaceholder(Section, id))
            return;
        var vector = Vector(id);
        var scaled = vector.GetProperty("scaled");
        var signed = VectorOrders.Sign(vector);
        var leg = Assert.Single(signed.TypedData.Legs);
        Assert.Equal(scaled.IntegerText("contract_size"), leg.ContractSize.ToString());
        Assert.Equal(scaled.IntegerText("limit_price"), leg.LimitPrice.ToString());
        Assert.Equal(scaled.IntegerText("asset_id_decimal"), leg.AssetId.ToString());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Hashes_match(string id)
    {
        if (GrvtVectorFile.IsAbsentPlaceholder(Section, id))
            return;
        var vector = Vector(id);
        var request = VectorOrders.Request(vector);
        var trace = new Eip712OrderHasher(VectorOrders.ChainId(vector))
            .Trace(GrvtOrderSigner.CreateTypedData(request, request.Nonce!.Value, request.ExpirationNs!.Value));
        Assert.Equal(vector.Str("domain_separator"), Hex.Format(trace.DomainSeparator), ignoreCase: true);
        Assert.Equal(vector.Str("order_struct_hash"), Hex.Format(trace.OrderStructHash), ignoreCase: true);
        Assert.Equal(vector.Str("digest"), Hex.Format(trace.Digest), ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Signature_matches_and_recovers(string id)
    {
        if (GrvtVectorFile.IsAbsentPlaceholder(Section, id))
            return;
        var vector = Vector(id);
        var expected = vector.GetProperty("signature");
        var signed = VectorOrders.Sign(vector);
        Assert.Equal(expected.Str("r"), signed.Signature.RHex, ignoreCase: true);
        Assert.Equal(expected.Str("s"), signed.Signature.SHex, ignoreCase: true);
        Assert.Equal(expected.Int32("v"), signed.Signature.V);
        Assert.Equal(vector.Str("signer"),
            SignatureRecovery.RecoverAddress(vector.HexBytes("digest"), expected.HexBytes("r"), expected.HexBytes("s"), expected.Int32("v")));
    }
}
