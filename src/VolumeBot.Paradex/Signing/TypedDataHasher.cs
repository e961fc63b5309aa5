namespace VolumeBot.Paradex.Signing;

/// <summary>
/// SNIP-12 revision 0 ("legacy") message hash:
/// H_chain(["StarkNet Message", domain_hash, account_address, struct_hash(message)]).
/// </summary>
public static class TypedDataHasher
{
    public static readonly Felt MessagePrefix = ShortString.Encode("StarkNet Message");

    public static Felt MessageHash(Felt domainHash, Felt accountAddress, Felt messageStructHash) =>
        AccountPrefix(domainHash, accountAddress).Append(messageStructHash).Finish();

    public static Felt MessageHash(ParadexDomain domain, Felt accountAddress, TypedMessage message) =>
        MessageHash(domain.Hash, accountAddress, message.StructHash());

    /// <summary>The chain state after prefix, domain and account: constant per account, so signers cache it.</summary>
    public static PedersenChain AccountPrefix(Felt domainHash, Felt accountAddress) =>
        PedersenChain.Empty.Append(MessagePrefix).Append(domainHash).Append(accountAddress);
}
