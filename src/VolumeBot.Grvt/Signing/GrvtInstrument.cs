namespace VolumeBot.Grvt.Signing;

/// <summary>The instrument facts signing needs, as returned by /full/v1/instrument(s).</summary>
public sealed class GrvtInstrument
{
    /// <summary>Sizes are signed in base units; GRVT perps use 9 today, but it must come from the instrument.</summary>
    public const int MaxBaseDecimals = 18;

    public GrvtInstrument(string name, string instrumentHash, int baseDecimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(instrumentHash);
        ArgumentOutOfRangeException.ThrowIfNegative(baseDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baseDecimals, MaxBaseDecimals);
        Name = name;
        InstrumentHash = instrumentHash;
        BaseDecimals = baseDecimals;
        AssetId = AssetId.FromInstrumentHash(instrumentHash);
    }

    /// <summary>e.g. BTC_USDT_Perp; this (not the hash) goes into the create_order JSON legs.</summary>
    public string Name { get; }

    /// <summary>e.g. 0x030501, as returned by the API.</summary>
    public string InstrumentHash { get; }

    /// <summary>The signed assetID: <see cref="InstrumentHash"/> as an unsigned integer.</summary>
    public AssetId AssetId { get; }

    public int BaseDecimals { get; }

    public override string ToString() => Name;
}
