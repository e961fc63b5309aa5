namespace VolumeBot.Paradex.Tests.Vectors;

/// <summary>Optional section l1_key_derivation (Ethereum key → Paradex key, protocol §2.1).</summary>
public class L1KeyDerivationVectorTests
{
    public const string SkipReason =
        "l1_key_derivation is optional and not implemented: it needs Ethereum EIP-712 hashing and secp256k1 signing, "
        + "and the bot is configured with PARADEX_L2_PRIVATE_KEY directly (the derived L2 key/public key/address are "
        + "still covered by accounts[] V1, the same key).";

    public static TheoryData<string> CaseIds() => ParadexVectorFile.CaseIds("l1_key_derivation");

    [Theory(Skip = SkipReason)]
    [MemberData(nameof(CaseIds))]
    public void Derives_the_l2_key_from_the_ethereum_key(string id) =>
        Assert.Fail($"not implemented ({id})");
}
