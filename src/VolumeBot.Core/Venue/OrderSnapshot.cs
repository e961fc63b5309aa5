namespace VolumeBot.Core.Venue;

/// <summary>The venue's view of one order at one moment, normalised.</summary>
public sealed record OrderSnapshot(
    string ClientOrderId,
    string? VenueOrderId,
    Side Side,
    OrderKind Kind,
    decimal Quantity,
    decimal? Price,
    OrderStatus Status,
    decimal FilledQuantity,
    decimal? AverageFillPrice,
    string? CancelReason = null,
    string? RawStatus = null)
{
    public decimal RemainingQuantity => Math.Max(0, Quantity - FilledQuantity);
}
