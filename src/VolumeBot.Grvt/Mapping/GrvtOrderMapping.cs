using System.Globalization;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Mapping;

/// <summary>Between the bot's order language and GRVT's: what to sign for a request, and normalised snapshots and fills.</summary>
internal static class GrvtOrderMapping
{
    /// <summary>"0x00" is GRVT's "no order id yet" (create_order answers before the matching engine assigns one).</summary>
    public const string UnassignedOrderId = "0x00";

    /// <summary>
    /// PostOnly → GTT post-only limit, Limit → GTT limit, ImmediateOrCancel → IOC limit, Market → market (IOC, limit
    /// price 0). Resting orders sign for as long as the venue allows; takers for the SDK's 24 h.
    /// </summary>
    public static GrvtOrderRequest ToSigningRequest(OrderRequest request, GrvtInstrument instrument, ulong subAccountId, ulong clientOrderId)
    {
        var resting = request.Kind is OrderKind.PostOnly or OrderKind.Limit;
        return new GrvtOrderRequest
        {
            Instrument = instrument,
            SubAccountId = subAccountId,
            Side = request.Side == Side.Buy ? GrvtOrderSide.Buy : GrvtOrderSide.Sell,
            Size = request.Quantity,
            LimitPrice = request.Kind == OrderKind.Market ? null : request.Price,
            TimeInForce = resting ? GrvtTimeInForce.GoodTillTime : GrvtTimeInForce.ImmediateOrCancel,
            PostOnly = request.Kind == OrderKind.PostOnly,
            ReduceOnly = request.ReduceOnly,
            ClientOrderId = clientOrderId,
            Lifetime = resting ? GrvtSignatureExpiration.RestingOrderLifetime : GrvtSignatureExpiration.DefaultLifetime,
        };
    }

    public static OrderSnapshot ToSnapshot(OrderWire order)
    {
        var leg = order.Legs.FirstOrDefault();
        var state = order.State;
        var traded = state?.TradedSize.FirstOrDefault() ?? 0m;
        var average = state?.AvgFillPrice.FirstOrDefault() is > 0 and var avg ? avg : (decimal?)null;
        var rawStatus = state?.Status ?? "PENDING";
        var status = NormaliseStatus(rawStatus, traded);
        return new OrderSnapshot(
            order.Metadata?.ClientOrderId ?? "",
            VenueOrderId(order.OrderId),
            leg?.IsBuyingAsset == false ? Side.Sell : Side.Buy,
            KindOf(order),
            leg?.Size ?? 0m,
            order.IsMarket || leg?.LimitPrice is null or 0 ? null : leg.LimitPrice,
            status,
            traded,
            traded > 0 ? average : null,
            status is OrderStatus.Canceled or OrderStatus.Rejected ? state?.RejectReason : null,
            rawStatus);
    }

    /// <summary>Spec scenario 26: CANCELLED/REJECTED end the order, OPEN with a traded size is partially filled.</summary>
    public static OrderStatus NormaliseStatus(string status, decimal traded) => status.ToUpperInvariant() switch
    {
        "OPEN" => traded > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Open,
        "FILLED" => OrderStatus.Filled,
        "CANCELLED" or "CANCELED" => OrderStatus.Canceled,
        "REJECTED" => OrderStatus.Rejected,
        _ => OrderStatus.Pending,
    };

    public static Fill ToFill(FillWire fill) => new(
        fill.TradeId,
        VenueOrderId(fill.OrderId),
        string.IsNullOrEmpty(fill.ClientOrderId) ? null : fill.ClientOrderId,
        fill.IsBuyer ? Side.Buy : Side.Sell,
        fill.Size,
        fill.Price,
        fill.Fee,
        fill.IsTaker ? LiquidityRole.Taker : LiquidityRole.Maker,
        FromNanoseconds(fill.EventTime));

    public static string? VenueOrderId(string? orderId) =>
        string.IsNullOrEmpty(orderId) || orderId.Equals(UnassignedOrderId, StringComparison.OrdinalIgnoreCase) || orderId == "0x0" ? null : orderId;

    public static DateTimeOffset FromNanoseconds(string? nanoseconds) =>
        long.TryParse(nanoseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
            ? DateTimeOffset.UnixEpoch.AddTicks(ns / 100)
            : DateTimeOffset.UtcNow;

    private static OrderKind KindOf(OrderWire order) =>
        order.IsMarket ? OrderKind.Market
        : order.TimeInForce is "IMMEDIATE_OR_CANCEL" or "FILL_OR_KILL" ? OrderKind.ImmediateOrCancel
        : order.PostOnly ? OrderKind.PostOnly
        : OrderKind.Limit;
}
