namespace VolumeBot.Grvt.Signing;

/// <summary>EIP-712 chain ids of the GRVT environments (the L2 ids, not the L1 Ethereum ones).</summary>
public static class GrvtChainId
{
    public const ulong Prod = 325;
    public const ulong Testnet = 326;
    public const ulong Staging = 327;
    public const ulong Dev = 327;

    /// <summary>Maps GRVT_ENVIRONMENT (prod, testnet, staging, dev; anything else → prod).</summary>
    public static ulong ForEnvironment(string? environment) => environment?.Trim().ToLowerInvariant() switch
    {
        "testnet" => Testnet,
        "staging" => Staging,
        "dev" => Dev,
        _ => Prod,
    };
}
