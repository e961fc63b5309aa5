namespace VolumeBot.Paradex.Rest.Models;

/// <summary>GET /system/config: the fields trading needs.</summary>
internal sealed record SystemConfig(
    string StarknetChainId,
    string ParaclearAccountHash,
    string ParaclearAccountProxyHash,
    int? ParaclearDecimals);
