namespace VolumeBot.Core.Trading;

/// <summary>
/// Spec 2.9: the position must match what the resting close orders will close, within two order sizes.
/// </summary>
public static class PositionDriftGuard
{
    public static bool IsDrifted(decimal position, decimal closingAmount, decimal quantity) =>
        Math.Abs(Math.Abs(position) - closingAmount) > 2 * quantity;
}
