using System.Text.Json;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Tests.Vectors;

public sealed class KeyVectorTests
{
    public static TheoryData<string> KeyIds => GrvtVectorFile.Ids("keys");
    public static TheoryData<string> ReferenceKeyIds => GrvtVectorFile.OptionalIds("reference_keys");

    [Theory]
    [MemberData(nameof(KeyIds))]
    public void Key_derives_public_key_and_address(string id) => AssertKey(GrvtVectorFile.Case("keys", id));

    [Theory]
    [MemberData(nameof(ReferenceKeyIds))]
    public void Reference_key_derives_public_key_and_address(string id)
    {
        if (!GrvtVectorFile.IsAbsentPlaceholder("reference_keys", id))
            AssertKey(GrvtVectorFile.Case("reference_keys", id));
    }

    private static void AssertKey(JsonElement vector)
    {
        var key = EthereumKey.FromHex(vector.Str("private_key"));
        Assert.Equal(vector.Str("public_key_uncompressed"), Hex.Format(key.PublicKey.Uncompressed), ignoreCase: true);
        Assert.Equal(vector.Str("public_key_compressed"), Hex.Format(key.PublicKey.Compressed), ignoreCase: true);
        Assert.Equal(vector.Str("keccak256_of_public_key_xy"), Hex.Format(Keccak256.Hash(key.PublicKey.XY)), ignoreCase: true);
        Assert.Equal(vector.Str("address"), key.Address);
        Assert.Equal(vector.Str("address_lowercase"), Hex.Format(key.PublicKey.AddressBytes));
    }
}
