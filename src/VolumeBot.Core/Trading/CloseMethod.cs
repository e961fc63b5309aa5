namespace VolumeBot.Core.Trading;

public enum CloseMethod
{
    /// <summary>Normal mode: a resting take-profit limit order.</summary>
    TakeProfit,

    /// <summary>Boost mode: one market order.</summary>
    Market,

    /// <summary>Boost mode with --use-ioc: IOC at the mid minus the tolerance, then market for what did not fill.</summary>
    IocThenMarket,
}
