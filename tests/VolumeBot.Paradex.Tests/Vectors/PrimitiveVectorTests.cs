using System.Text.Json;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

public class PrimitiveVectorTests
{
    public static TheoryData<string> PedersenIds() => ParadexVectorFile.CaseIds("pedersen");

    public static TheoryData<string> HashChainIds() => ParadexVectorFile.CaseIds("hash_on_elements");

    public static TheoryData<string> ShortStringIds() => ParadexVectorFile.CaseIds("short_strings");

    public static TheoryData<string> FeltEncodingIds() => ParadexVectorFile.CaseIds("typed_data_felt_encoding");

    [Theory]
    [MemberData(nameof(PedersenIds))]
    public void Pedersen_hash(string id)
    {
        var vector = ParadexVectorFile.Case("pedersen", id);
        var a = vector.Felt("a");
        var b = vector.Felt("b");
        Assert.Equal(a, vector.Felt("a_dec"));
        Assert.Equal(b, vector.Felt("b_dec"));

        var hash = Pedersen.Hash(a, b);

        Assert.Equal(vector.Felt("hash"), hash);
        Assert.Equal(vector.Str("hash_dec"), hash.ToDecimalString());
    }

    [Theory]
    [MemberData(nameof(HashChainIds))]
    public void Hash_on_elements(string id)
    {
        var vector = ParadexVectorFile.Case("hash_on_elements", id);

        var hash = Pedersen.HashChain(vector.Felts("elements"));

        Assert.Equal(vector.Felt("hash"), hash);
    }

    [Theory]
    [MemberData(nameof(ShortStringIds))]
    public void Short_string(string id)
    {
        var vector = ParadexVectorFile.Case("short_strings", id);

        Assert.Equal(vector.Felt("felt"), ShortString.Encode(vector.Str("text")));
    }

    [Theory]
    [MemberData(nameof(FeltEncodingIds))]
    public void Typed_data_felt_encoding(string id)
    {
        var vector = ParadexVectorFile.Case("typed_data_felt_encoding", id);
        var value = vector.GetProperty("value");

        Assert.Equal(vector.Str("value_json_type"), value.ValueKind == JsonValueKind.Number ? "number" : "string");

        Assert.Equal(vector.Felt("felt"), VectorJson.EncodeTypedDataValue(value));
    }
}
