namespace VolumeBot.Paradex.Signing;

/// <summary>A signed message: the hash that was signed and its signature.</summary>
public readonly record struct SignedMessage(Felt MessageHash, StarkSignature Signature);

/// <summary>
/// Signs Paradex messages for one account on one chain. The typed-data hash chain prefix
/// ("StarkNet Message", domain hash, account) is the same for every message, so it is hashed once.
/// </summary>
public sealed class ParadexSigner
{
    private readonly StarkKey key;
    private readonly PedersenChain accountPrefix;

    public ParadexSigner(StarkKey key, Felt accountAddress, ParadexDomain domain)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(domain);
        this.key = key;
        AccountAddress = accountAddress;
        Domain = domain;
        accountPrefix = TypedDataHasher.AccountPrefix(domain.Hash, accountAddress);
    }

    public Felt AccountAddress { get; }

    public Felt PublicKey => key.PublicKey;

    public ParadexDomain Domain { get; }

    public Felt Hash(TypedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return accountPrefix.Append(message.StructHash()).Finish();
    }

    public SignedMessage Sign(TypedMessage message)
    {
        var hash = Hash(message);
        return new SignedMessage(hash, key.Sign(hash));
    }

    public SignedMessage SignOrder(ParadexOrder order) => Sign(ParadexMessages.Order(order));

    public SignedMessage SignAuth(long timestampSeconds, long expirationSeconds) =>
        Sign(ParadexMessages.Auth(timestampSeconds, expirationSeconds));

    public SignedMessage SignOnboarding() => Sign(ParadexMessages.Onboarding());

    public override string ToString() => $"ParadexSigner(account {AccountAddress}, chain {Domain.ChainId})";
}
