using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Between cycles, every <see cref="BotTimings.ReconcileInterval"/>: how the venue's position and open orders differ
/// from what the bot believes (the position its fills add up to, the orders it tracks as live).
/// </summary>
public sealed record ReconcileDifference(decimal VenuePosition, decimal ExpectedPosition, IReadOnlyList<OrderSnapshot> Strays, IReadOnlyList<TrackedOrder> Unlisted, bool PositionDiffers)
{
    public bool IsNone => !PositionDiffers && Strays.Count == 0 && Unlisted.Count == 0;

    public override string ToString() =>
        ActivityLog.Render($"position {VenuePosition} on the venue, {ExpectedPosition} from the bot's fills; {Strays.Count} of the bot's orders open that it does not track; {Unlisted.Count} tracked as open that the venue does not list");
}

public static class PeriodicReconcile
{
    /// <param name="venuePosition">The venue's signed position.</param>
    /// <param name="venueOrders">The venue's open orders on the market.</param>
    /// <param name="expectedPosition">The position at start plus this run's fills.</param>
    /// <param name="tracked">The bot's orders it believes are live.</param>
    /// <param name="inherited">Orders of an earlier run the start-up reconcile chose to keep (normal mode's take-profits).</param>
    /// <param name="rules">The market (a difference below half the minimum size is dust, not a difference).</param>
    public static ReconcileDifference Compare(
        decimal venuePosition,
        IReadOnlyList<OrderSnapshot> venueOrders,
        decimal expectedPosition,
        IReadOnlyList<TrackedOrder> tracked,
        IReadOnlySet<string> inherited,
        MarketRules rules,
        ClientOrderIds ids)
    {
        var live = tracked.Where(o => !o.Abandoned).Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        var listed = venueOrders.Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        var strays = venueOrders
            .Where(o => ids.IsOwn(o.ClientOrderId) && !live.Contains(o.ClientOrderId) && !inherited.Contains(o.ClientOrderId))
            .ToList();
        var unlisted = tracked.Where(o => !o.Abandoned && !listed.Contains(o.ClientOrderId)).ToList();
        var differs = Math.Abs(venuePosition - expectedPosition) >= rules.MinSize / 2;
        return new ReconcileDifference(venuePosition, expectedPosition, strays, unlisted, differs);
    }
}
