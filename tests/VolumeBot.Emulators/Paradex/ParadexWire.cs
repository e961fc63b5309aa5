using System.Globalization;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;

namespace VolumeBot.Emulators.Paradex;

/// <summary>Paradex's JSON shapes (protocol §5): prices and sizes as strings, times as unix ms.</summary>
internal static class ParadexWire
{
    public static string Dec(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static JsonObject Error(string code, string message) => new() { ["error"] = code, ["message"] = message, ["data"] = null };

    /// <summary>The order object; <paramref name="asAccepted"/> shows it as POST /orders answers: NEW, nothing filled yet.</summary>
    public static JsonObject Order(EmulatedOrder order, OrderSnapshot snapshot, bool asAccepted = false)
    {
        var (status, reason) = asAccepted ? ("NEW", "") : StatusOf(snapshot);
        var size = asAccepted ? order.Request.Quantity : snapshot.Quantity;
        var remaining = asAccepted ? size : Math.Max(0, snapshot.Quantity - snapshot.FilledQuantity);
        var flags = new JsonArray();
        if (order.Request.ReduceOnly)
        {
            flags.Add("REDUCE_ONLY");
        }

        return new JsonObject
        {
            ["id"] = order.Id,
            ["account"] = order.Account,
            ["market"] = order.Market.Symbol,
            ["side"] = order.Request.Side == Side.Buy ? "BUY" : "SELL",
            ["type"] = order.Request.Kind == OrderKind.Market ? "MARKET" : "LIMIT",
            ["size"] = Dec(size),
            ["remaining_size"] = Dec(remaining),
            ["price"] = order.Request.Price is { } price ? Dec(price) : "0",
            ["avg_fill_price"] = !asAccepted && snapshot.AverageFillPrice is { } average ? Dec(decimal.Round(average, 8)) : "",
            ["status"] = status,
            ["cancel_reason"] = reason,
            ["instruction"] = order.Request.Kind switch
            {
                OrderKind.PostOnly => "POST_ONLY",
                OrderKind.ImmediateOrCancel => "IOC",
                _ => "GTC",
            },
            ["flags"] = flags,
            ["client_id"] = order.WireClientId,
            ["created_at"] = order.CreatedAtMs,
            ["last_updated_at"] = Math.Max(order.CreatedAtMs, order.LastUpdatedMs),
            ["received_at"] = order.CreatedAtMs,
            ["published_at"] = Math.Max(order.CreatedAtMs, order.LastUpdatedMs),
            ["timestamp"] = order.SignatureTimestampMs,
            ["seq_no"] = Math.Max(order.CreatedAtMs, order.LastUpdatedMs),
            ["stp"] = "EXPIRE_TAKER",
            ["trigger_price"] = "0",
        };
    }

    /// <summary>The fill object; its <c>side</c> is the TAKER side, as Paradex's schema documents it (the account's own side only on taker fills).</summary>
    public static JsonObject Fill(EmulatedMarket market, string account, Fill fill, string clientId) => new()
    {
        ["id"] = market.WireId(fill.FillId),
        ["order_id"] = fill.VenueOrderId is { } orderId ? market.WireId(orderId) : "",
        ["client_id"] = clientId,
        ["account"] = account,
        ["market"] = market.Symbol,
        ["side"] = (fill.Role == LiquidityRole.Maker ? fill.Side.Opposite() : fill.Side) == Side.Buy ? "BUY" : "SELL",
        ["size"] = Dec(fill.Quantity),
        ["price"] = Dec(fill.Price),
        ["fee"] = Dec(decimal.Round(fill.Fee, 8)),
        ["fee_currency"] = "USDC",
        ["liquidity"] = fill.Role == LiquidityRole.Maker ? "MAKER" : "TAKER",
        ["fill_type"] = "FILL",
        ["created_at"] = fill.Time.ToUnixTimeMilliseconds(),
        ["realized_pnl"] = "0",
        ["realized_funding"] = "0",
        ["flags"] = new JsonArray(),
    };

    public static JsonObject Results(IEnumerable<JsonNode> items, string? next = null)
    {
        var results = new JsonArray();
        foreach (var item in items)
        {
            results.Add(item);
        }

        return new JsonObject { ["next"] = next, ["prev"] = null, ["results"] = results };
    }

    /// <summary>Fees are written rounded to 8 decimals, as the journal must see them.</summary>
    public static decimal WireFee(Fill fill) => decimal.Round(fill.Fee, 8);

    private static (string Status, string Reason) StatusOf(OrderSnapshot snapshot) => snapshot.Status switch
    {
        OrderStatus.Pending => ("NEW", ""),
        OrderStatus.Open or OrderStatus.PartiallyFilled => ("OPEN", ""),
        OrderStatus.Filled => ("CLOSED", ""),
        _ => ("CLOSED", snapshot.CancelReason ?? "USER_CANCELED"),
    };
}
