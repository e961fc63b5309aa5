namespace VolumeBot.Core.Venue;

/// <summary>
/// The venue's view of one order at one moment, normalised. <paramref name="RejectionKind"/> says what kind of refusal
/// a cancel reason is when the venue accepted the order and then closed it for it (Paradex: 201, then CLOSED
/// NOT_ENOUGH_MARGIN); null when the adapter did not classify the reason.
/// </summary>
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
    string? RawStatus = null,
    VenueErrorKind? RejectionKind = null)
{
    public decimal RemainingQuantity => Math.Max(0, Quantity - FilledQuantity);

    /// <summary>
    /// A rejected order as the error a refused submission would have been, so the loop treats "refused" and "accepted,
    /// then rejected" alike. A rejection the adapter did not classify counts as a crossing post-only, the one
    /// rejection after acceptance every venue has.
    /// </summary>
    public VenueError? Rejection => Status == OrderStatus.Rejected
        ? new VenueError(RejectionKind ?? VenueErrorKind.PostOnlyWouldCross, $"order {ClientOrderId} rejected after acceptance: {CancelReason ?? RawStatus ?? "no reason given"}")
        : null;
}
