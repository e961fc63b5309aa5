namespace VolumeBot.Simulation.Matching;

/// <summary>Cancel reasons in the vocabulary the venues use (Paradex's names).</summary>
public static class RejectReasons
{
    public const string PostOnlyWouldCross = "POST_ONLY_WOULD_CROSS";
    public const string ImmediateOrCancel = "IOC_NOT_FILLED";
    public const string NoLiquidity = "NO_LIQUIDITY";
    public const string ReduceOnly = "REDUCE_ONLY_WOULD_INCREASE";
    public const string UserCanceled = "USER_CANCELED";
}
