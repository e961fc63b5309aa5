using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The bot's own record of one of its orders: the request, the newest venue snapshot and the fills seen,
/// keyed by fill id so a duplicate event changes nothing.
/// </summary>
public sealed class TrackedOrder
{
    private readonly Dictionary<string, Fill> _fills = new(StringComparer.Ordinal);

    internal TrackedOrder(OrderRequest request, OrderPurpose purpose, int cycle, decimal? referenceMid, string? closeMethod)
    {
        Request = request;
        Purpose = purpose;
        Cycle = cycle;
        ReferenceMid = referenceMid;
        CloseMethod = closeMethod;
    }

    public OrderRequest Request { get; }

    public string ClientOrderId => Request.ClientOrderId;

    public OrderPurpose Purpose { get; }

    public int Cycle { get; }

    /// <summary>Mid price when the bot decided to send the order: the yardstick for slippage.</summary>
    public decimal? ReferenceMid { get; }

    public string? CloseMethod { get; }

    public OrderSnapshot? Latest { get; private set; }

    public string? VenueOrderId => Latest?.VenueOrderId;

    public OrderStatus Status => Latest?.Status ?? OrderStatus.Pending;

    public bool IsTerminal => Status.IsTerminal();

    /// <summary>Set when the venue could not confirm the order existed; a later sign of life is a stray to clean up.</summary>
    public bool Abandoned { get; internal set; }

    /// <summary>Stopwatch time the last stream event that changed this order was taken; 0 when REST brought the latest news.</summary>
    public long LastEventTakenAt { get; internal set; }

    public IReadOnlyCollection<Fill> Fills => _fills.Values;

    public decimal FilledByFills => _fills.Values.Sum(f => f.Quantity);

    /// <summary>The larger of what the venue says and what the fills add up to: neither source is ever ahead for long.</summary>
    public decimal FilledQuantity => Math.Max(Latest?.FilledQuantity ?? 0m, FilledByFills);

    public bool FillsComplete => FilledByFills >= FilledQuantity;

    /// <summary>Average of the real fill prices; the venue's average when fills are still missing.</summary>
    public decimal? AverageFillPrice
    {
        get
        {
            var filled = FilledByFills;
            if (filled > 0 && FillsComplete)
            {
                return _fills.Values.Sum(f => f.Quantity * f.Price) / filled;
            }

            return Latest?.AverageFillPrice ?? (filled > 0 ? _fills.Values.Sum(f => f.Quantity * f.Price) / filled : null);
        }
    }

    public decimal Fees => _fills.Values.Sum(f => f.Fee);

    internal bool Merge(OrderSnapshot snapshot)
    {
        var current = Latest;
        if (current is not null && current.Status.IsTerminal() && !snapshot.Status.IsTerminal())
        {
            return false; // a late non-terminal update never reopens a finished order
        }

        var merged = snapshot with
        {
            VenueOrderId = snapshot.VenueOrderId ?? current?.VenueOrderId,
            FilledQuantity = Math.Max(snapshot.FilledQuantity, current?.FilledQuantity ?? 0m),
            AverageFillPrice = snapshot.AverageFillPrice ?? current?.AverageFillPrice,
            Price = snapshot.Price ?? current?.Price ?? Request.Price,
        };
        Latest = merged;
        return merged != current;
    }

    internal bool AddFill(Fill fill) => _fills.TryAdd(fill.FillId, fill);
}
