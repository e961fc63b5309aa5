namespace VolumeBot.Grvt.Signing;

/// <summary>GRVT time in force; the numeric values are what the EIP-712 Order signs as uint8.</summary>
public enum GrvtTimeInForce : byte
{
    GoodTillTime = 1,
    AllOrNone = 2,
    ImmediateOrCancel = 3,
    FillOrKill = 4,
}

public static class GrvtTimeInForceNames
{
    /// <summary>The enum name the JSON API uses, e.g. GOOD_TILL_TIME.</summary>
    public static string ToWireName(this GrvtTimeInForce timeInForce) => timeInForce switch
    {
        GrvtTimeInForce.GoodTillTime => "GOOD_TILL_TIME",
        GrvtTimeInForce.AllOrNone => "ALL_OR_NONE",
        GrvtTimeInForce.ImmediateOrCancel => "IMMEDIATE_OR_CANCEL",
        GrvtTimeInForce.FillOrKill => "FILL_OR_KILL",
        _ => throw new ArgumentOutOfRangeException(nameof(timeInForce), timeInForce, "Unknown time in force."),
    };

    public static GrvtTimeInForce Parse(string wireName) => wireName switch
    {
        "GOOD_TILL_TIME" => GrvtTimeInForce.GoodTillTime,
        "ALL_OR_NONE" => GrvtTimeInForce.AllOrNone,
        "IMMEDIATE_OR_CANCEL" => GrvtTimeInForce.ImmediateOrCancel,
        "FILL_OR_KILL" => GrvtTimeInForce.FillOrKill,
        _ => throw new FormatException($"Unknown GRVT time in force '{wireName}'."),
    };
}
