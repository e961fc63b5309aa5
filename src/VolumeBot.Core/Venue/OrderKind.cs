namespace VolumeBot.Core.Venue;

public enum OrderKind
{
    /// <summary>Limit order that must rest (maker); the venue rejects it when it would cross.</summary>
    PostOnly,

    /// <summary>Good-till-cancel limit order.</summary>
    Limit,

    /// <summary>Immediate-or-cancel limit order: takes what it can up to its price, never rests.</summary>
    ImmediateOrCancel,

    Market,
}
