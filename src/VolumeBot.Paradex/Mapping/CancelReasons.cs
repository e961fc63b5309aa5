using VolumeBot.Core.Venue;

namespace VolumeBot.Paradex.Mapping;

/// <summary>
/// Paradex answers some refusals with an accepted order (201, NEW) that closes at once with a cancel reason
/// (protocol §5.2; Paradex publishes no full list). These reasons are rejections, not cancels; any other reason
/// (USER_CANCELED, an IOC remainder, …) is a plain cancel.
/// </summary>
internal static class CancelReasons
{
    public const string PostOnlyWouldCross = "POST_ONLY_WOULD_CROSS";
    public const string NotEnoughMargin = "NOT_ENOUGH_MARGIN";
    public const string OrderSizeBelowMin = "ORDER_SIZE_BELOW_MIN";

    private static readonly Dictionary<string, VenueErrorKind> Rejections = new(StringComparer.OrdinalIgnoreCase)
    {
        [PostOnlyWouldCross] = VenueErrorKind.PostOnlyWouldCross,
        [NotEnoughMargin] = VenueErrorKind.InsufficientMargin,

        // the order as signed can never pass (minimum notional at the mark price): sending it again is no use
        [OrderSizeBelowMin] = VenueErrorKind.InvalidRequest,
    };

    /// <summary>The kind of refusal a cancel reason stands for; null for a plain cancel.</summary>
    public static VenueErrorKind? RejectionKind(string? reason) =>
        reason is not null && Rejections.TryGetValue(reason, out var kind) ? kind : null;
}
