using System.Globalization;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

public sealed partial class GrvtEmulator
{
    private static readonly int[] BookDepths = [10, 50, 100, 500];

    private (int, JsonObject) Instrument(JsonNode? body) =>
        body?["instrument"]?.GetValue<string>() == _options.Instrument
            ? Ok(GrvtWire.Instrument(_options))
            : Refuse(3000, "Instrument is invalid");

    private (int, JsonObject) Book(JsonNode? body)
    {
        if (body?["instrument"]?.GetValue<string>() != _options.Instrument)
        {
            return Refuse(3000, "Instrument is invalid");
        }

        var depth = body["depth"]?.GetValue<int>() ?? 10;
        return BookDepths.Contains(depth) ? Ok(GrvtWire.Book(Engine.Book(depth), _options.Instrument, NowNs)) : Refuse(3031, "Depth is invalid");
    }

    private (int, JsonObject) CreateOrder(JsonNode? body)
    {
        var (order, refusal) = _check.Check(body, _time.GetUtcNow());
        if (order is null)
        {
            return Refuse(refusal!.Code, refusal.Message, refusal.HttpStatus);
        }

        var request = order.Request;
        var orderId = string.Create(CultureInfo.InvariantCulture, $"0x0101010503{Interlocked.Increment(ref _orderSequence):x22}");
        var submitted = body!["order"]!.DeepClone().AsObject();
        if (request.Kind == OrderKind.PostOnly && Faults.TakePostOnlyRejection())
        {
            var rejected = new OrderSnapshot(request.ClientOrderId, orderId, request.Side, request.Kind, request.Quantity, request.Price, OrderStatus.Rejected, 0m, null, RejectReasons.PostOnlyWouldCross);
            var record = new GrvtOrderRecord(request.ClientOrderId, orderId, submitted, NowNs, request) { Forced = rejected };
            if (!_orders.TryAdd(request.ClientOrderId, record))
            {
                return Refuse(2012, "Client order ID overlaps with an existing active order");
            }

            _feeds.Publish("v1.order", GrvtWire.Order(record, orderId, rejected, NowNs));
            return Ok(GrvtWire.Order(record, "0x00", null, NowNs));
        }

        var accepted = new GrvtOrderRecord(request.ClientOrderId, orderId, submitted, NowNs, request);
        if (!_orders.TryAdd(request.ClientOrderId, accepted))
        {
            return Refuse(2012, "Client order ID overlaps with an existing active order");
        }

        var result = Engine.Submit(_account, request);
        if (result.Error is { } error)
        {
            _orders.TryRemove(request.ClientOrderId, out _);
            return error switch
            {
                "INVALID_ORDER_SIZE" when request.Quantity < _options.MarketOptions.MinSize => Refuse(2062, "Order size smaller than min size"),
                "INVALID_ORDER_SIZE" => Refuse(2065, "Order size too granular"),
                "INVALID_PRICE" => Refuse(2064, "Invalid limit price tick"),
                _ => Refuse(2012, "Client order ID overlaps with an existing active order"),
            };
        }

        return Ok(GrvtWire.Order(accepted, "0x00", null, NowNs));
    }

    private (int, JsonObject) CancelOrder(JsonNode? body)
    {
        var record = FindRecord(body);
        if (record is null)
        {
            return Refuse(1004, "Data Not Found", 404);
        }

        Engine.Cancel(_account, record.ClientOrderId);
        return Ok(new JsonObject { ["ack"] = true });
    }

    private (int, JsonObject) CancelAllOrders()
    {
        foreach (var order in OpenOrders)
        {
            Engine.Cancel(_account, order.Request.ClientOrderId);
        }

        return Ok(new JsonObject { ["ack"] = true });
    }

    private (int, JsonObject) Order(JsonNode? body)
    {
        if (body?["client_order_id"] is null && body?["order_id"] is null)
        {
            return Refuse(3021, "Either order_id or client_order_id must be supplied");
        }

        return FindRecord(body) is { } record ? Ok(OrderJson(record)) : Refuse(1004, "Data Not Found", 404);
    }

    private (int, JsonObject) Positions()
    {
        var size = Position;
        var positions = size == 0 ? new JsonArray() : new JsonArray(GrvtWire.Position(_options, size, Engine.Top.Mid, NowNs));
        return Ok(positions);
    }

    private (int, JsonObject) AccountSummary() => Ok(new JsonObject
    {
        ["event_time"] = NowNs.ToString(CultureInfo.InvariantCulture),
        ["sub_account_id"] = _options.SubAccountId.ToString(CultureInfo.InvariantCulture),
        ["margin_type"] = "SIMPLE_CROSS_MARGIN",
        ["settle_currency"] = "USDT",
        ["total_equity"] = GrvtWire.Plain(_options.AvailableBalance),
        ["available_balance"] = GrvtWire.Plain(_options.AvailableBalance),
    });

    /// <summary>The main account's funding summary with the fee tier, its fees in 1/100 bps of the emulator's schedule.</summary>
    private (int, JsonObject) FundingAccountSummary() => Ok(new JsonObject
    {
        ["main_account_id"] = _options.SignerAddress,
        ["total_equity"] = GrvtWire.Plain(_options.AvailableBalance),
        ["spot_balances"] = new JsonArray(),
        ["vip_level"] = "VIP_LEVEL_UNSPECIFIED",
        ["tier"] = new JsonObject
        {
            ["tier"] = _options.FeeTier,
            ["futures_taker_fee"] = (long)(_options.Fees.TakerRate * 1_000_000m),
            ["futures_maker_fee"] = (long)(_options.Fees.MakerRate * 1_000_000m),
            ["options_taker_fee"] = 0,
            ["options_maker_fee"] = 0,
        },
    });

    /// <summary>Newest first, filtered by start/end time (ns), paged by limit with an offset cursor.</summary>
    private (int, JsonObject) FillHistory(JsonNode? body)
    {
        var start = long.TryParse(body?["start_time"]?.ToString(), out var s) ? s : 0;
        var end = long.TryParse(body?["end_time"]?.ToString(), out var e) ? e : long.MaxValue;
        var limit = Math.Clamp(int.TryParse(body?["limit"]?.ToString(), out var l) ? l : 500, 1, 1000);
        var offset = int.TryParse(body?["cursor"]?.ToString(), out var c) ? c : 0;
        var matching = Fills.Where(f => f.EventTimeNs >= start && f.EventTimeNs <= end).Reverse().ToList();
        var page = matching.Skip(offset).Take(limit).Select(f => (JsonNode)GrvtWire.Fill(f, _options, _options.SignerAddress.ToLowerInvariant())).ToArray();
        var next = offset + page.Length < matching.Count ? (offset + page.Length).ToString(CultureInfo.InvariantCulture) : "";
        return Ok(new JsonArray(page), next);
    }

    private GrvtOrderRecord? FindRecord(JsonNode? body)
    {
        if (body?["client_order_id"]?.ToString() is { Length: > 0 } clientId && clientId != "0")
        {
            return _orders.GetValueOrDefault(clientId);
        }

        var orderId = body?["order_id"]?.ToString();
        return _orders.Values.FirstOrDefault(o => string.Equals(o.OrderId, orderId, StringComparison.OrdinalIgnoreCase));
    }

    private JsonObject OrderJson(GrvtOrderRecord record) =>
        GrvtWire.Order(record, record.OrderId, record.Forced ?? Engine.Find(_account, record.ClientOrderId)?.ToSnapshot(), NowNs);

    private const int FeeDecimals = 6;

    /// <summary>Runs under the engine's lock: turns engine events into feed messages and records fills; never calls the engine.</summary>
    private void OnEngineEvent(SimEvent simEvent)
    {
        if (simEvent.Account != _account)
        {
            return;
        }

        switch (simEvent)
        {
            case SimOrderChanged changed when _orders.TryGetValue(changed.Order.ClientOrderId, out var record):
                _feeds.Publish("v1.order", GrvtWire.Order(record, record.OrderId, changed.Order, NowNs));
                break;
            case SimFillHappened happened when _orders.TryGetValue(happened.Fill.ClientOrderId ?? "", out var owner):
                var fill = happened.Fill;
                var emulated = new GrvtEmulatedFill(
                    $"{7415000 + long.Parse(fill.FillId, CultureInfo.InvariantCulture)}-1",
                    owner.OrderId,
                    owner.ClientOrderId,
                    fill.Side,
                    fill.Quantity,
                    fill.Price,
                    decimal.Round(fill.Fee, FeeDecimals, MidpointRounding.AwayFromZero), // GRVT reports fees to 6 decimals
                    fill.Notional == 0 ? 0 : decimal.Round(fill.Fee / fill.Notional * 100m, 6),
                    fill.Role == LiquidityRole.Taker,
                    NowNs);
                lock (_fills)
                {
                    _fills.Add(emulated);
                }

                _feeds.Publish("v1.fill", GrvtWire.Fill(emulated, _options, _options.SignerAddress.ToLowerInvariant()));
                break;
        }
    }
}
