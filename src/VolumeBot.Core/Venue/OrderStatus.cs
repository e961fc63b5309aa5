namespace VolumeBot.Core.Venue;

/// <summary>Venue statuses normalised at the adapter boundary; the raw value travels beside it for logs.</summary>
public enum OrderStatus
{
    /// <summary>Accepted but not yet on the book (Paradex NEW, GRVT PENDING).</summary>
    Pending,
    Open,
    PartiallyFilled,
    Filled,
    Canceled,
    Rejected,
}

public static class OrderStatusExtensions
{
    public static bool IsTerminal(this OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected;
}
