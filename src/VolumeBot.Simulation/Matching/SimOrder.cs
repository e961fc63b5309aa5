using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Matching;

/// <summary>An order inside the simulated venue.</summary>
public sealed class SimOrder
{
    internal SimOrder(string orderId, OrderRequest request, string account, DateTimeOffset createdAt)
    {
        OrderId = orderId;
        Request = request;
        Account = account;
        CreatedAt = createdAt;
        Quantity = request.Quantity;
    }

    public string OrderId { get; }

    public OrderRequest Request { get; }

    public string Account { get; }

    public DateTimeOffset CreatedAt { get; }

    public decimal Quantity { get; internal set; }

    public OrderStatus Status { get; internal set; } = OrderStatus.Pending;

    public decimal Filled { get; internal set; }

    public decimal Notional { get; internal set; }

    public string? CancelReason { get; internal set; }

    /// <summary>Other traders' size queued ahead of this order at its price.</summary>
    internal decimal QueueAhead { get; set; }

    public decimal Remaining => Quantity - Filled;

    public decimal? AveragePrice => Filled > 0 ? Notional / Filled : null;

    public OrderSnapshot ToSnapshot() => new(
        Request.ClientOrderId,
        OrderId,
        Request.Side,
        Request.Kind,
        Quantity,
        Request.Price,
        Status,
        Filled,
        AveragePrice,
        CancelReason,
        Status.ToString().ToUpperInvariant());
}
