using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>
/// The emulator's WebSocket at /v1: JSON-RPC auth and subscribe (§6), and a pump that turns the exchange's events
/// into subscription messages on orders.{market} and fills.{market} for the account's authenticated connections,
/// and the public book channels bbo.{market} and order_book.{market}.snapshot@15@… for anyone (ParadexSocketHub.Book).
/// </summary>
internal sealed partial class ParadexSocketHub : IAsyncDisposable
{
    private readonly EmulatedExchange _exchange;
    private readonly JwtIssuer _tokens;
    private readonly ParadexEmulatorStats _stats;
    private readonly ConcurrentDictionary<SocketConnection, byte> _connections = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private readonly Task _bookPump;

    public ParadexSocketHub(EmulatedExchange exchange, JwtIssuer tokens, ParadexEmulatorStats stats)
    {
        _exchange = exchange;
        _tokens = tokens;
        _stats = stats;
        _exchange.Faults.DropRequested += DropAll;
        _pump = PumpAsync(_stop.Token);
        _bookPump = PumpBookAsync(_stop.Token);
    }

    public void Map(WebApplication app) => app.Map("/v1", AcceptAsync);

    public async ValueTask DisposeAsync()
    {
        _exchange.Faults.DropRequested -= DropAll;
        await _stop.CancelAsync();
        DropAll();
        foreach (var pump in new[] { _pump, _bookPump })
        {
            try
            {
                await pump;
            }
            catch (OperationCanceledException)
            {
                // the pump ends by cancellation
            }
        }

        _stop.Dispose();
    }

    private void DropAll()
    {
        foreach (var connection in _connections.Keys)
        {
            connection.Socket.Abort();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (_exchange.Faults.RefusesSockets)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new SocketConnection(socket);
        _connections[connection] = 0;
        _stats.SocketConnected();
        try
        {
            await ReceiveAsync(connection, context.RequestAborted);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // dropped by a fault or by the client
        }
        finally
        {
            _connections.TryRemove(connection, out _);
        }
    }

    private async Task ReceiveAsync(SocketConnection connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (connection.Socket.State == WebSocketState.Open)
        {
            var result = await connection.Socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var reply = Handle(connection, message.ToArray());
            message.SetLength(0);
            if (reply is not null)
            {
                await connection.SendAsync(reply, cancellationToken);
            }

            await SendFirstBookAsync(connection, cancellationToken);
        }
    }

    /// <summary>Answers one JSON-RPC request; null when there is nothing to answer.</summary>
    private string? Handle(SocketConnection connection, byte[] text)
    {
        JsonNode? request;
        try
        {
            request = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return Reply(null, error: (-32700, "parse error"));
        }

        var id = request?["id"]?.DeepClone();
        var method = request?["method"]?.GetValue<string>();
        var parameters = request?["params"] as JsonObject;
        switch (method)
        {
            case "auth":
                var account = _exchange.Account(_tokens.Validate(parameters?["bearer"]?.GetValue<string>()));
                if (account is null)
                {
                    return Reply(id, error: (40111, "invalid bearer"));
                }

                connection.Account = account.Id;
                return Reply(id, result: new JsonObject { ["node_id"] = "emulator" });
            case "subscribe":
                var channel = parameters?["channel"]?.GetValue<string>() ?? "";
                if (IsPublicBookChannel(channel))
                {
                    return SubscribePublic(connection, id, channel);
                }

                if (!IsPrivateChannel(channel))
                {
                    return Reply(id, error: (-32602, $"unknown channel {channel}"));
                }

                if (connection.Account is null)
                {
                    return Reply(id, error: (40110, "auth required for private channels"));
                }

                if (!connection.Channels.TryAdd(channel, 0))
                {
                    return Reply(id, error: (100, $"already subscribed to {channel}"));
                }

                _stats.Subscribed();
                return Reply(id, result: new JsonObject { ["channel"] = channel });
            case "unsubscribe":
                connection.Channels.TryRemove(parameters?["channel"]?.GetValue<string>() ?? "", out _);
                return Reply(id, result: new JsonObject { ["channel"] = parameters?["channel"]?.DeepClone() });
            default:
                return Reply(id, error: (-32601, $"method {method} not found"));
        }
    }

    private bool IsPrivateChannel(string channel) =>
        _exchange.Markets.Any(m => channel == $"orders.{m.Symbol}" || channel == $"fills.{m.Symbol}") || channel is "orders.ALL";

    private static string Reply(JsonNode? id, JsonObject? result = null, (int Code, string Message)? error = null)
    {
        var reply = new JsonObject { ["jsonrpc"] = "2.0" };
        if (error is { } e)
        {
            reply["error"] = new JsonObject { ["code"] = e.Code, ["message"] = e.Message };
        }
        else
        {
            reply["result"] = result;
        }

        reply["usIn"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        reply["usDiff"] = 10;
        reply["id"] = id;
        return reply.ToJsonString();
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        await foreach (var item in _exchange.Events.ReadAllAsync(cancellationToken))
        {
            var (channel, data) = ToMessage(item);
            if (channel is null || data is null)
            {
                continue;
            }

            var (drop, delay, duplicate) = _exchange.Faults.TakeEventFaults();
            if (drop)
            {
                continue; // lost on the way, the connection stays up
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _exchange.Time, cancellationToken);
            }

            var message = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["method"] = "subscription",
                ["params"] = new JsonObject { ["channel"] = channel, ["data"] = data },
            }.ToJsonString();
            if (ClientIdOf(item) is { } clientId)
            {
                _stats.OrderEventSent(clientId, System.Diagnostics.Stopwatch.GetTimestamp());
            }

            for (var copy = 0; copy < (duplicate ? 2 : 1); copy++)
            {
                foreach (var connection in _connections.Keys.Where(c => c.Account == item.Event.Account && c.Receives(channel)))
                {
                    try
                    {
                        await connection.SendAsync(message, cancellationToken);
                    }
                    catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
                    {
                        // a connection that just dropped misses the event, as on the real venue
                    }
                }
            }
        }
    }

    private static string? ClientIdOf(ExchangeEvent item) => item.Event switch
    {
        SimOrderChanged changed => changed.Order.ClientOrderId,
        SimFillHappened fill => fill.Fill.ClientOrderId,
        _ => null,
    };

    private (string? Channel, JsonObject? Data) ToMessage(ExchangeEvent item)
    {
        var market = item.Market;
        switch (item.Event)
        {
            case SimOrderChanged changed:
                var order = _exchange.Find(changed.Account, changed.Order.ClientOrderId);
                if (order is null)
                {
                    return (null, null);
                }

                order.LastUpdatedMs = _exchange.NowMs;
                return ($"orders.{market.Symbol}", ParadexWire.Order(order, changed.Order));
            case SimFillHappened fill:
                var owner = fill.Fill.ClientOrderId is { } clientId ? _exchange.Find(fill.Account, clientId) : null;
                return ($"fills.{market.Symbol}", ParadexWire.Fill(market, fill.Account, _exchange.WithWireFee(fill.Account, fill.Fill), owner?.WireClientId ?? ""));
            default:
                return (null, null);
        }
    }

    private sealed class SocketConnection(WebSocket socket)
    {
        /// <summary>Book channels subscribed whose first message has not gone out yet.</summary>
        public ConcurrentQueue<string> FirstBookDue { get; } = new();

        /// <summary>The touch last sent on bbo.{market}, so only a change is sent again.</summary>
        public ConcurrentDictionary<string, string> LastBbo { get; } = new(StringComparer.Ordinal);

        private readonly SemaphoreSlim _sendLock = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public string? Account { get; set; }

        public ConcurrentDictionary<string, byte> Channels { get; } = new(StringComparer.Ordinal);

        public bool Receives(string channel) =>
            Channels.ContainsKey(channel) || (channel.StartsWith("orders.", StringComparison.Ordinal) && Channels.ContainsKey("orders.ALL"));

        public async Task SendAsync(string text, CancellationToken cancellationToken)
        {
            await _sendLock.WaitAsync(cancellationToken);
            try
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }
}
