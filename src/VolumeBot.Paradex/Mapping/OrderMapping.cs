using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex.Mapping;

/// <summary>Between the bot's orders and Paradex's wire: request -> signed order, order object -> snapshot (spec scenario 25).</summary>
internal static class OrderMapping
{
    public const string ReduceOnlyFlag = "REDUCE_ONLY";

    /// <summary>The order as it is signed: size rounded down to the increment, price to the nearest tick.</summary>
    public static ParadexOrder ToParadexOrder(OrderRequest request, MarketRules rules, long signatureTimestampMs)
    {
        var size = rules.RoundSizeDown(request.Quantity);
        if (size <= 0)
        {
            throw new ArgumentException($"size {request.Quantity} is below the size increment {rules.SizeIncrement}");
        }

        string? price = null;
        if (request.Kind != OrderKind.Market)
        {
            if (request.Price is not { } limit || limit <= 0)
            {
                throw new ArgumentException($"a {request.Kind} order needs a positive price");
            }

            price = WireDecimal.Format(rules.RoundPrice(limit));
        }

        return new ParadexOrder
        {
            Market = rules.Symbol,
            Side = request.Side == Side.Buy ? OrderSide.Buy : OrderSide.Sell,
            Type = request.Kind == OrderKind.Market ? ParadexOrderType.Market : ParadexOrderType.Limit,
            Size = WireDecimal.Format(size),
            Price = price,
            Instruction = request.Kind switch
            {
                OrderKind.PostOnly => ParadexInstruction.PostOnly,
                OrderKind.ImmediateOrCancel => ParadexInstruction.ImmediateOrCancel,
                _ => ParadexInstruction.GoodTillCancel,
            },
            ClientId = request.ClientOrderId,
            ReduceOnly = request.ReduceOnly,
            SignatureTimestampMs = signatureTimestampMs,
        };
    }

    public static OrderSnapshot ToSnapshot(OrderWire wire)
    {
        var size = WireDecimal.ParseOrZero(wire.Size);
        var remaining = WireDecimal.Parse(wire.RemainingSize) ?? size;
        var filled = Math.Max(0m, size - remaining);
        var reason = NormalizeReason(wire.CancelReason);
        var kind = KindOf(wire.Type, wire.Instruction);
        var price = kind == OrderKind.Market ? null : WireDecimal.Parse(wire.Price) is { } p && p > 0 ? p : (decimal?)null;
        var average = WireDecimal.Parse(wire.AvgFillPrice) is { } a && a > 0 ? a : (decimal?)null;
        var rejection = CancelReasons.RejectionKind(reason);
        return new OrderSnapshot(
            wire.ClientId ?? "",
            wire.Id,
            SideOf(wire.Side),
            kind,
            size,
            price,
            StatusOf(wire.Status, reason, filled),
            filled,
            average,
            reason,
            wire.Status,
            rejection);
    }

    /// <summary>
    /// A fill on the account's side. Paradex's schema documents a fill's <c>side</c> as the TAKER side, which is the
    /// account's side only on taker fills: the side comes from the order the fill belongs to when the client knows it,
    /// else it is read from the wire as the schema says (a maker fill is on the other side of the taker).
    /// </summary>
    public static Fill ToFill(FillWire wire, Side? orderSide)
    {
        var role = string.Equals(wire.Liquidity, "MAKER", StringComparison.OrdinalIgnoreCase) ? LiquidityRole.Maker : LiquidityRole.Taker;
        var takerSide = SideOf(wire.Side);
        return new Fill(
            wire.Id,
            string.IsNullOrEmpty(wire.OrderId) ? null : wire.OrderId,
            string.IsNullOrEmpty(wire.ClientId) ? null : wire.ClientId,
            orderSide ?? (role == LiquidityRole.Maker ? takerSide.Opposite() : takerSide),
            WireDecimal.ParseOrZero(wire.Size),
            WireDecimal.ParseOrZero(wire.Price),
            WireDecimal.ParseOrZero(wire.Fee),
            role,
            DateTimeOffset.FromUnixTimeMilliseconds(wire.CreatedAt));
    }

    /// <summary>Signed size of the OPEN position on the market, 0 when there is none.</summary>
    public static decimal SignedPosition(IEnumerable<PositionWire> positions, string market)
    {
        foreach (var position in positions)
        {
            if (position.Market != market || !string.Equals(position.Status, "OPEN", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var size = Math.Abs(WireDecimal.ParseOrZero(position.Size));
            return string.Equals(position.Side, "SHORT", StringComparison.OrdinalIgnoreCase) ? -size : size;
        }

        return 0m;
    }

    /// <summary>
    /// NEW -> Pending; OPEN -> Open or PartiallyFilled; CLOSED -> Filled, or with a reason Canceled, or Rejected when
    /// the reason is a refusal (crossing post-only, margin, size) and nothing filled.
    /// </summary>
    public static OrderStatus StatusOf(string? status, string? reason, decimal filled) => status?.ToUpperInvariant() switch
    {
        "OPEN" => filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.Open,
        "CLOSED" when reason is null => OrderStatus.Filled,
        "CLOSED" when CancelReasons.RejectionKind(reason) is not null && filled == 0 => OrderStatus.Rejected,
        "CLOSED" => OrderStatus.Canceled,
        _ => OrderStatus.Pending,
    };

    private static string? NormalizeReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Equals("NONE", StringComparison.OrdinalIgnoreCase) ? null : reason;

    public static Side SideOf(string side) => string.Equals(side, "SELL", StringComparison.OrdinalIgnoreCase) ? Side.Sell : Side.Buy;

    private static OrderKind KindOf(string type, string? instruction)
    {
        if (string.Equals(type, ParadexOrderType.Market, StringComparison.OrdinalIgnoreCase))
        {
            return OrderKind.Market;
        }

        return instruction?.ToUpperInvariant() switch
        {
            ParadexInstruction.PostOnly => OrderKind.PostOnly,
            ParadexInstruction.ImmediateOrCancel => OrderKind.ImmediateOrCancel,
            _ => OrderKind.Limit,
        };
    }
}
