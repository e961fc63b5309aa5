namespace VolumeBot.Paradex.Signing;

/// <summary>
/// The typed-data domain of every Paradex message: name "Paradex", chainId = short string of
/// <c>starknet_chain_id</c> from /system/config (e.g. PRIVATE_SN_PARACLEAR_MAINNET, not SN_MAIN), version 1.
/// </summary>
public sealed class ParadexDomain
{
    public const string MainnetChainId = "PRIVATE_SN_PARACLEAR_MAINNET";
    public const string TestnetChainId = "PRIVATE_SN_POTC_SEPOLIA";

    public static readonly StarkTypedDataType Type = new("StarkNetDomain", "name", "chainId", "version");

    private readonly Lazy<Felt> hash;

    public ParadexDomain(string starknetChainId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(starknetChainId);
        ChainId = starknetChainId;
        ChainIdFelt = ShortString.Encode(starknetChainId);
        Fields = [ShortString.Encode("Paradex"), ChainIdFelt, TypedDataFelt.Encode("1")];
        hash = new Lazy<Felt>(() => Type.StructHash(Fields.ToArray()));
    }

    public static ParadexDomain Mainnet { get; } = new(MainnetChainId);

    public static ParadexDomain Testnet { get; } = new(TestnetChainId);

    public string ChainId { get; }

    public Felt ChainIdFelt { get; }

    /// <summary>Encoded name, chainId, version.</summary>
    public IReadOnlyList<Felt> Fields { get; }

    public Felt Hash => hash.Value;
}
