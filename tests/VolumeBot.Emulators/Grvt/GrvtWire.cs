using System.Globalization;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Signing;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

/// <summary>GRVT's JSON shapes (full field names): errors, instruments, books, orders with state, fills, positions.</summary>
internal static class GrvtWire
{
    public static JsonObject Error(int code, string message, int status) => new() { ["code"] = code, ["message"] = message, ["status"] = status };

    public static JsonObject Instrument(GrvtEmulatorOptions options)
    {
        var market = options.MarketOptions;
        return new JsonObject
        {
            ["instrument"] = options.Instrument,
            ["instrument_hash"] = options.InstrumentHash,
            ["base"] = options.Ticker,
            ["quote"] = "USDT",
            ["kind"] = "PERPETUAL",
            ["venues"] = new JsonArray("ORDERBOOK", "RFQ"),
            ["settlement_period"] = "PERPETUAL",
            ["base_decimals"] = options.BaseDecimals,
            ["quote_decimals"] = 6,
            ["tick_size"] = Plain(market.TickSize),
            ["min_size"] = Plain(market.MinSize),
            ["min_notional"] = Plain(market.MinNotional),
            ["max_position_size"] = Plain(options.MaxPositionSize),
            ["create_time"] = "1700000000000000000",
            ["funding_interval_hours"] = 8,
        };
    }

    public static JsonObject Book(OrderBook book, string instrument, long nowNs) => new()
    {
        ["event_time"] = Ns(nowNs),
        ["instrument"] = instrument,
        ["bids"] = Levels(book.Bids),
        ["asks"] = Levels(book.Asks),
    };

    public static JsonObject Mini(TopOfBook top, string instrument, long nowNs) => new()
    {
        ["event_time"] = Ns(nowNs),
        ["instrument"] = instrument,
        ["mark_price"] = Plain(top.Mid),
        ["index_price"] = Plain(top.Mid),
        ["mid_price"] = Plain(top.Mid),
        ["best_bid_price"] = Plain(top.BestBid),
        ["best_ask_price"] = Plain(top.BestAsk),
    };

    /// <summary>The submitted order echoed with the venue's fields: order id, create time and state.</summary>
    public static JsonObject Order(GrvtOrderRecord record, string orderId, OrderSnapshot? state, long updateNs)
    {
        var order = record.Submitted.DeepClone().AsObject();
        order["order_id"] = orderId;
        var metadata = order["metadata"] as JsonObject ?? [];
        metadata["create_time"] = Ns(record.CreateTimeNs);
        metadata["trigger"] = new JsonObject { ["trigger_type"] = "UNSPECIFIED" };
        metadata["broker"] = "UNSPECIFIED";
        order["metadata"] = metadata;
        if (order["signature"] is JsonObject signature)
        {
            signature["signer"] = signature["signer"]?.GetValue<string>().ToLowerInvariant();
            signature["chain_id"] = "0";
        }

        order["builder"] = "0x0000000000000000000000000000000000000000";
        order["builder_fee"] = "0";
        order["state"] = State(state, record.Request.Quantity, updateNs);
        return order;
    }

    public static JsonObject Fill(GrvtEmulatedFill fill, GrvtEmulatorOptions options, string signer) => new()
    {
        ["event_time"] = Ns(fill.EventTimeNs),
        ["sub_account_id"] = options.SubAccountId.ToString(CultureInfo.InvariantCulture),
        ["instrument"] = options.Instrument,
        ["is_buyer"] = fill.Side == Side.Buy,
        ["is_taker"] = fill.IsTaker,
        ["size"] = Plain(fill.Size),
        ["price"] = Plain(fill.Price),
        ["mark_price"] = Plain(fill.Price),
        ["index_price"] = Plain(fill.Price),
        ["interest_rate"] = "0.0",
        ["forward_price"] = "0.0",
        ["realized_pnl"] = "0.0",
        ["fee"] = Plain(fill.Fee),
        ["fee_rate"] = Plain(fill.FeeRatePercent),
        ["trade_id"] = fill.TradeId,
        ["order_id"] = fill.OrderId,
        ["venue"] = "ORDERBOOK",
        ["is_liquidation"] = false,
        ["client_order_id"] = fill.ClientOrderId,
        ["signer"] = signer,
        ["broker"] = "UNSPECIFIED",
        ["is_rpi"] = false,
        ["builder"] = "0x0000000000000000000000000000000000000000",
        ["builder_fee_rate"] = "0",
        ["builder_fee"] = "0",
    };

    /// <summary>A public trade of /full/v1/trade and the v1.trade stream (GRVT api-docs Trade).</summary>
    public static JsonObject PublicTrade(PublicTrade trade, string instrument) => new()
    {
        ["event_time"] = Ns(GrvtSignatureExpiration.ToUnixNanoseconds(trade.Time)),
        ["instrument"] = instrument,
        ["is_taker_buyer"] = trade.TakerSide == Side.Buy,
        ["size"] = Plain(trade.Size),
        ["price"] = Plain(trade.Price),
        ["mark_price"] = Plain(trade.Price),
        ["index_price"] = Plain(trade.Price),
        ["interest_rate"] = "0.0",
        ["forward_price"] = "0.0",
        ["trade_id"] = trade.Id,
        ["venue"] = "ORDERBOOK",
        ["is_rpi"] = false,
    };

    public static JsonObject Position(GrvtEmulatorOptions options, decimal size, decimal mark, long nowNs) => new()
    {
        ["event_time"] = Ns(nowNs),
        ["sub_account_id"] = options.SubAccountId.ToString(CultureInfo.InvariantCulture),
        ["instrument"] = options.Instrument,
        ["size"] = Plain(size),
        ["notional"] = Plain(size * mark),
        ["entry_price"] = Plain(mark),
        ["exit_price"] = "0.0",
        ["mark_price"] = Plain(mark),
        ["unrealized_pnl"] = "0.0",
        ["realized_pnl"] = "0.0",
        ["total_pnl"] = "0.0",
        ["roi"] = "0.0",
        ["quote_index_price"] = "1.0",
        ["est_liquidation_price"] = "0.0",
        ["leverage"] = "10.0",
        ["cumulative_fee"] = "0.0",
        ["cumulative_realized_funding_payment"] = "0.0",
        ["margin_type"] = "CROSS",
    };

    /// <summary>"1767354369431470728"-style nanosecond timestamps as strings.</summary>
    public static string Ns(long nanoseconds) => nanoseconds.ToString(CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static JsonObject State(OrderSnapshot? state, decimal quantity, long updateNs)
    {
        var status = state?.Status switch
        {
            null or OrderStatus.Pending => "PENDING",
            OrderStatus.Open or OrderStatus.PartiallyFilled => "OPEN",
            OrderStatus.Filled => "FILLED",
            OrderStatus.Canceled => "CANCELLED",
            _ => "REJECTED",
        };
        var traded = state?.FilledQuantity ?? 0m;
        var onBook = status == "OPEN" ? (state?.Quantity ?? quantity) - traded : 0m;
        return new JsonObject
        {
            ["status"] = status,
            ["reject_reason"] = Reason(state?.CancelReason),
            ["book_size"] = new JsonArray(Plain(status == "PENDING" ? quantity : onBook)),
            ["traded_size"] = new JsonArray(Plain(traded)),
            ["update_time"] = Ns(updateNs),
            ["avg_fill_price"] = new JsonArray(Plain(state?.AverageFillPrice ?? 0m)),
        };
    }

    /// <summary>The shared engine speaks Paradex's reasons; GRVT has its own names for them.</summary>
    private static string Reason(string? reason) => reason switch
    {
        null => "UNSPECIFIED",
        RejectReasons.PostOnlyWouldCross => "FAIL_POST_ONLY",
        RejectReasons.ImmediateOrCancel => "IOC_CANCEL",
        RejectReasons.NoLiquidity => "MARKET_CANCEL",
        RejectReasons.ReduceOnly => "FAIL_REDUCE_ONLY",
        RejectReasons.UserCanceled => "CLIENT_CANCEL",
        _ => reason,
    };

    private static JsonArray Levels(IReadOnlyList<BookLevel> levels) =>
        new(levels.Select(l => (JsonNode)new JsonObject { ["price"] = Plain(l.Price), ["size"] = Plain(l.Size), ["num_orders"] = 3 }).ToArray());
}
