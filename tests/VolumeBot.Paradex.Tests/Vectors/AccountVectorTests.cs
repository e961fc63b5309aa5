using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Tests.Vectors;

public class AccountVectorTests
{
    public static TheoryData<string> AccountIds() => ParadexVectorFile.CaseIds("accounts");

    [Theory]
    [MemberData(nameof(AccountIds))]
    public void Public_key(string id)
    {
        var account = ParadexVectorFile.Case("accounts", id);

        var key = StarkKey.FromHex(account.Str("private_key"));

        Assert.Equal(account.Felt("public_key"), key.PublicKey);
        Assert.Equal(account.Felt("public_key_y"), key.PublicKeyY);
        Assert.Equal(account.Str("full_public_key"), key.FullPublicKeyHex, ignoreCase: true);
    }

    [Theory]
    [MemberData(nameof(AccountIds))]
    public void Address_derivation(string id)
    {
        var account = ParadexVectorFile.Case("accounts", id);
        var expected = account.GetProperty("address_derivation");
        var publicKey = StarkKey.FromHex(account.Str("private_key")).PublicKey;
        var classHashes = new ParaclearClassHashes(expected.Felt("class_hash"), expected.Felt("proxy_class_hash"));

        var derivation = AccountAddress.Explain(publicKey, classHashes);

        Assert.Equal(expected.Felt("proxy_class_hash"), derivation.ClassHash);
        Assert.Equal(expected.Felt("salt"), derivation.Salt);
        Assert.Equal(expected.Felt("deployer_address"), derivation.DeployerAddress);
        Assert.Equal(expected.Felts("constructor_calldata"), derivation.ConstructorCalldata);
        Assert.Equal(expected.Felt("constructor_calldata_hash"), derivation.ConstructorCalldataHash);
        Assert.Equal(expected.Felt("contract_address_prefix_felt"), AccountAddress.ContractAddressPrefix);
        Assert.Equal(expected.Felt("pedersen_chain_result"), derivation.RawHash);
        Assert.Equal(expected.Felt("l2_address"), derivation.Address);
        Assert.Equal(account.Felt("l2_address"), AccountAddress.Derive(publicKey, classHashes));
    }
}
