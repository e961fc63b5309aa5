namespace VolumeBot.Core.Trading;

public enum OrderPurpose
{
    /// <summary>The post-only order that opens a position.</summary>
    Open,

    /// <summary>A resting take-profit limit order (normal mode).</summary>
    TakeProfit,

    /// <summary>An immediate close (boost mode): IOC or market.</summary>
    Close,

    /// <summary>A close of a position the bot found at start-up or after drift.</summary>
    Reconcile,
}
