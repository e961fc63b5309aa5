namespace VolumeBot.Core.Accounting;

/// <summary>A cost as basis points of the volume it was paid on; 0 before any volume.</summary>
public static class BasisPoints
{
    public static decimal Of(decimal cost, decimal volume) => volume == 0 ? 0 : cost / volume * 10_000m;
}
