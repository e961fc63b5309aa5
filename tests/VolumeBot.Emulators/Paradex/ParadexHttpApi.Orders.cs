using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    private static readonly TimeSpan DefaultReceiveWindow = TimeSpan.FromMinutes(5);

    private void MapOrders(WebApplication app)
    {
        app.MapPost("/v1/orders", CreateOrderAsync);
        app.MapGet("/v1/orders", (HttpContext context, string? market) => Private(context, account =>
            Json(ParadexWire.Results(_exchange.Orders(account.Id)
                .Where(o => (market is null || o.Market.Symbol == market) && !o.Snapshot().Status.IsTerminal())
                .Select(o => (JsonNode)ParadexWire.Order(o, o.Snapshot()))))));
        app.MapGet("/v1/orders/by_client_id/{clientId}", (HttpContext context, string clientId) => Private(context, account =>
            _exchange.Find(account.Id, clientId) is { } order && !order.Snapshot().Status.IsTerminal()
                ? Json(ParadexWire.Order(order, order.Snapshot()))
                : Error(404, "CLIENT_ORDER_ID_NOT_FOUND", $"no open order with client id {clientId}")));
        app.MapGet("/v1/orders/{id}", (HttpContext context, string id) => Private(context, account =>
            _exchange.FindById(account.Id, id) is { } order
                ? Json(ParadexWire.Order(order, order.Snapshot()))
                : Error(404, "ORDER_ID_NOT_FOUND", $"no order {id}")));
        app.MapGet("/v1/orders-history", (HttpContext context, string? market, string? client_id, string? status, int? page_size, string? cursor) => Private(context, account =>
        {
            var orders = _exchange.Orders(account.Id)
                .Where(o => (market is null || o.Market.Symbol == market) && (client_id is null || o.WireClientId == client_id))
                .Select(o => (Order: o, Snapshot: o.Snapshot()))
                .Where(o => status is null || ParadexWire.Order(o.Order, o.Snapshot)["status"]!.GetValue<string>() == status)
                .OrderByDescending(o => o.Order.CreatedAtMs)
                .Select(o => (JsonNode)ParadexWire.Order(o.Order, o.Snapshot));
            return Page(orders, page_size, cursor);
        }));
        app.MapDelete("/v1/orders/by_client_id/{clientId}", (HttpContext context, string clientId) => RetailBumpAsync(context, account =>
            Cancel(account, _exchange.Find(account.Id, clientId), "CLIENT_ORDER_ID_NOT_FOUND")));
        app.MapDelete("/v1/orders/{id}", (HttpContext context, string id) => RetailBumpAsync(context, account =>
            Cancel(account, _exchange.FindById(account.Id, id), "ORDER_ID_NOT_FOUND")));
        app.MapDelete("/v1/orders", (HttpContext context, string? market) => Private(context, account =>
        {
            foreach (var order in _exchange.Orders(account.Id).Where(o => market is null || o.Market.Symbol == market))
            {
                order.Market.Engine.Cancel(account.Id, order.EngineClientId);
            }

            return Json(new JsonObject());
        }));
    }

    private IResult Private(HttpContext context, Func<ParadexEmulatorAccount, IResult> handle)
    {
        var (account, refusal) = Authenticate(context);
        return refusal ?? handle(account!);
    }

    /// <summary>
    /// A private call that acts on an order: with an interactive token it is counted against the Retail limits and
    /// waits out the speed bump before the venue acts.
    /// </summary>
    private async Task<IResult> RetailBumpAsync(HttpContext context, Func<ParadexEmulatorAccount, IResult> handle)
    {
        var (account, refusal) = Authenticate(context);
        if (refusal is not null)
        {
            return refusal;
        }

        if (IsInteractive(context))
        {
            _exchange.Retail.Count(account!.Id, _exchange.Time.GetUtcNow());
            await Task.Delay(_exchange.Options.RetailSpeedBump, _exchange.Time, context.RequestAborted);
        }

        return handle(account!);
    }

    private bool IsInteractive(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && _tokens.IsInteractive(header["Bearer ".Length..].Trim());
    }

    private IResult Cancel(ParadexEmulatorAccount account, EmulatedOrder? order, string notFoundCode)
    {
        if (order is null)
        {
            return Error(404, notFoundCode, "order not found");
        }

        if (order.Snapshot().Status.IsTerminal() || !order.Market.Engine.Cancel(account.Id, order.EngineClientId))
        {
            return Error(400, "ORDER_IS_CLOSED", "order is closed");
        }

        return _exchange.Faults.TryTakeLostCancelAnswer() ? new CutConnection() : Results.StatusCode(StatusCodes.Status204NoContent);
    }

    /// <summary>The request was carried out, but the client never hears so: the connection is cut instead of answered.</summary>
    private sealed class CutConnection : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Abort();
            return Task.CompletedTask;
        }
    }

    private static IResult Page(IEnumerable<JsonNode> items, int? pageSize, string? cursor)
    {
        var size = Math.Clamp(pageSize ?? 100, 1, 5000);
        var offset = int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var all = items.ToList();
        var page = all.Skip(offset).Take(size).ToList();
        var next = offset + size < all.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;
        return Json(ParadexWire.Results(page, next));
    }

    /// <summary>
    /// POST /orders (§5.2): the order's Stark signature must verify against the account's key over the Order message
    /// built from the body's own strings; then it goes to the matching engine and the answer is the order as NEW.
    /// </summary>
    private async Task CreateOrderAsync(HttpContext context)
    {
        var arrived = System.Diagnostics.Stopwatch.GetTimestamp();
        var (account, refusal) = Authenticate(context);
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await Error(400, "BINDING_ERROR", "body is not JSON").ExecuteAsync(context);
            return;
        }

        var (parsed, error) = ParseOrder(body, account!);
        if (parsed is null)
        {
            await error!.ExecuteAsync(context);
            return;
        }

        var (market, wireClientId, request, signatureTimestamp) = parsed.Value;
        _stats.OrderArrived(wireClientId, request.ReduceOnly, arrived);
        var retail = false;
        if (IsInteractive(context))
        {
            retail = _exchange.Retail.Count(account!.Id, _exchange.Time.GetUtcNow());
            await Task.Delay(_exchange.Options.RetailSpeedBump, _exchange.Time, context.RequestAborted);
        }

        var (order, submitError) = _exchange.Submit(account!.Id, market, wireClientId, request, signatureTimestamp, retail);
        if (order is null)
        {
            await Error(400, submitError ?? "VALIDATION_ERROR", $"order refused: {submitError}").ExecuteAsync(context);
            return;
        }

        _stats.OrderAccepted();
        if (_exchange.Faults.TryTakeOrderTimeout(order.WireClientId, out var hold))
        {
            if (hold is { } wait)
            {
                await Task.Delay(wait, _exchange.Time, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            context.Abort();
            return;
        }

        await Json(ParadexWire.Order(order, order.Snapshot(), asAccepted: true), StatusCodes.Status201Created).ExecuteAsync(context);
    }

    private ((EmulatedMarket Market, string ClientId, OrderRequest Request, long SignatureTimestamp)? Order, IResult? Error) ParseOrder(JsonElement body, ParadexEmulatorAccount account)
    {
        string? Text(string name) => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var market = _exchange.Market(Text("market"));
        if (market is null)
        {
            return (null, Error(400, "MARKET_NOT_FOUND", "unknown market"));
        }

        var side = Text("side");
        var type = Text("type");
        var size = Text("size");
        var instruction = Text("instruction") ?? "GTC";
        var price = type == "MARKET" ? null : Text("price");
        if (side is not ("BUY" or "SELL") || type is not ("LIMIT" or "MARKET") || size is null || (type == "LIMIT" && price is null)
            || instruction is not ("GTC" or "POST_ONLY" or "IOC") || (type == "MARKET" && instruction == "POST_ONLY"))
        {
            return (null, Error(400, "VALIDATION_ERROR", "market, side, type, size, price (LIMIT) and instruction are required"));
        }

        if (!body.TryGetProperty("signature_timestamp", out var timestampElement) || !timestampElement.TryGetInt64(out var signatureTimestamp))
        {
            return (null, Error(400, "VALIDATION_ERROR", "signature_timestamp (unix ms) is required"));
        }

        var receiveWindow = body.TryGetProperty("recv_window", out var window) && window.TryGetInt64(out var ms) ? TimeSpan.FromMilliseconds(ms) : DefaultReceiveWindow;
        if (_exchange.Time.GetUtcNow() > DateTimeOffset.FromUnixTimeMilliseconds(signatureTimestamp) + receiveWindow)
        {
            return (null, Error(400, "INVALID_TIMESTAMP", "signature_timestamp is older than recv_window"));
        }

        var signed = new ParadexOrder
        {
            Market = market.Symbol,
            Side = side == "BUY" ? OrderSide.Buy : OrderSide.Sell,
            Type = type,
            Size = size,
            Price = price,
            SignatureTimestampMs = signatureTimestamp,
        };
        Felt hash;
        try
        {
            hash = TypedDataHasher.MessageHash(_exchange.Domain, account.Address, ParadexMessages.Order(signed));
        }
        catch (FormatException)
        {
            return (null, Error(400, "INVALID_ORDER_SIZE", "size and price must be plain decimals with at most 8 decimals"));
        }

        if (!TryParseSignature(Text("signature") ?? "", out var signature) || (_exchange.Options.VerifiesOrderSignatures && !account.VerificationKey.Verify(hash, signature)))
        {
            _stats.SignatureRejected();
            return (null, Error(400, "INVALID_ORDER_SIGNATURE", "order signature does not verify"));
        }

        var reduceOnly = body.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Array
            && flags.EnumerateArray().Any(f => f.ValueKind == JsonValueKind.String && f.GetString() == "REDUCE_ONLY");
        var kind = type == "MARKET" ? OrderKind.Market : instruction switch
        {
            "POST_ONLY" => OrderKind.PostOnly,
            "IOC" => OrderKind.ImmediateOrCancel,
            _ => OrderKind.Limit,
        };
        var quantity = decimal.Parse(size, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        decimal? limit = price is null ? null : decimal.Parse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var clientId = Text("client_id") ?? "";
        return ((market, clientId, new OrderRequest(clientId, side == "BUY" ? Side.Buy : Side.Sell, kind, quantity, limit, reduceOnly), signatureTimestamp), null);
    }
}
