using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Grvt;

/// <summary>
/// The trades /ws/full endpoint: JSON-RPC subscribe to v1.order / v1.fill with selectors "{sub}" or
/// "{sub}-{instrument}", then feed messages with per-subscription sequence numbers (1, 2, …). Messages go out in
/// order from one pump, which is where dropped (gap), duplicated and delayed messages are injected.
/// </summary>
internal sealed class GrvtFeedHub : IAsyncDisposable
{
    private static readonly string[] Streams = ["v1.order", "v1.fill"];
    private readonly GrvtEmulatorOptions _options;
    private readonly GrvtFaults _faults;
    private readonly List<FeedConnection> _connections = [];
    private readonly Channel<(string Stream, JsonObject Feed)> _outbox = Channel.CreateUnbounded<(string, JsonObject)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _accepted;

    public GrvtFeedHub(GrvtEmulatorOptions options, GrvtFaults faults)
    {
        _options = options;
        _faults = faults;
        _pump = Task.Run(() => PumpAsync(_stop.Token));
    }

    public int ConnectionsAccepted => _accepted;

    public int OpenConnections
    {
        get
        {
            lock (_connections)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>Queues a feed message for every subscriber of <paramref name="stream"/>; safe under any lock.</summary>
    public void Publish(string stream, JsonObject feed) => _outbox.Writer.TryWrite((stream, feed));

    /// <summary>Breaks every connection without a close handshake, as a network drop does.</summary>
    public void DropAll()
    {
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Socket.Abort();
            }
        }
    }

    public async Task HandleAsync(HttpContext context, CancellationToken stop)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FeedConnection(socket);
        Interlocked.Increment(ref _accepted);
        lock (_connections)
        {
            _connections.Add(connection);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, context.RequestAborted);
        try
        {
            var buffer = new byte[16 * 1024];
            while (socket.State == WebSocketState.Open)
            {
                var message = await ReceiveAsync(socket, buffer, linked.Token);
                if (message is null)
                {
                    break;
                }

                await AnswerAsync(connection, message, linked.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // dropped by a test, the client or shutdown
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(connection);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outbox.Writer.TryComplete();
        await _stop.CancelAsync();
        DropAll();
        try
        {
            await _pump;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AnswerAsync(FeedConnection connection, string message, CancellationToken cancellationToken)
    {
        JsonNode? request;
        try
        {
            request = JsonNode.Parse(message);
        }
        catch (System.Text.Json.JsonException)
        {
            // GRVT answers the JS client's text "ping" like this; clients ignore it
            await connection.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["error"] = GrvtWire.Error(1003, "Request could not be processed due to malformed syntax", 400) }.ToJsonString(), cancellationToken);
            return;
        }

        var id = request?["id"]?.DeepClone();
        var method = request?["method"]?.GetValue<string>();
        var stream = request?["params"]?["stream"]?.GetValue<string>() ?? "";
        var selectors = (request?["params"]?["selectors"] as JsonArray)?.Select(s => s?.GetValue<string>() ?? "").ToList() ?? [];
        if (method != "subscribe" || !Streams.Contains(stream) || selectors.Count == 0 || !selectors.All(IsOwnSelector))
        {
            var refusal = method == "subscribe" ? GrvtWire.Error(3000, "Instrument is invalid", 400) : GrvtWire.Error(1003, "Request could not be processed due to malformed syntax", 400);
            await connection.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["id"] = id, ["error"] = refusal }.ToJsonString(), cancellationToken);
            return;
        }

        await connection.SubscribeAsync(stream, selectors, id, cancellationToken);
    }

    private bool IsOwnSelector(string selector)
    {
        var sub = _options.SubAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return selector == sub || selector == $"{sub}-{_options.Instrument}";
    }

    private async Task PumpAsync(CancellationToken stop)
    {
        await foreach (var (stream, feed) in _outbox.Reader.ReadAllAsync(stop))
        {
            var delay = _faults.FeedDelay;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, stop);
            }

            var renumber = _faults.TakeNumberingRestart();
            var drop = _faults.TakeDrop();
            var copies = drop ? 0 : _faults.TakeDuplicate() ? 2 : 1;
            List<FeedConnection> connections;
            lock (_connections)
            {
                connections = _connections.ToList();
            }

            foreach (var connection in connections)
            {
                if (renumber)
                {
                    await connection.RestartNumberingAsync(stop);
                }

                await connection.DeliverAsync(stream, feed, copies, stop);
            }
        }
    }

    private static async Task<string?> ReceiveAsync(WebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>One client socket, its subscriptions and their sequence numbers. Sends are serialised.</summary>
    private sealed class FeedConnection(WebSocket socket)
    {
        private readonly SemaphoreSlim _send = new(1, 1);
        private readonly Dictionary<string, (string Selector, long Sequence)> _subscriptions = [];

        public WebSocket Socket { get; } = socket;

        public async Task SubscribeAsync(string stream, List<string> selectors, JsonNode? id, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                var latest = _subscriptions.TryGetValue(stream, out var existing) ? existing.Sequence : 0;
                _subscriptions[stream] = (selectors[0], latest);
                var answer = new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["method"] = "subscribe",
                    ["id"] = id,
                    ["result"] = new JsonObject
                    {
                        ["stream"] = stream,
                        ["subs"] = new JsonArray(selectors.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
                        ["unsubs"] = new JsonArray(),
                        ["num_snapshots"] = new JsonArray(0),
                        ["first_sequence_number"] = new JsonArray("0"),
                        ["latest_sequence_number"] = new JsonArray(latest.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    },
                };
                await SendLockedAsync(answer.ToJsonString(), cancellationToken);
            }
            finally
            {
                _send.Release();
            }
        }

        /// <summary>Every subscription on this socket goes on from sequence number 1.</summary>
        public async Task RestartNumberingAsync(CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                foreach (var stream in _subscriptions.Keys.ToList())
                {
                    _subscriptions[stream] = (_subscriptions[stream].Selector, 0);
                }
            }
            finally
            {
                _send.Release();
            }
        }

        /// <summary>Numbers the message and sends it <paramref name="copies"/> times (0: the number is used but nothing is sent).</summary>
        public async Task DeliverAsync(string stream, JsonObject feed, int copies, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                if (!_subscriptions.TryGetValue(stream, out var subscription))
                {
                    return;
                }

                var sequence = subscription.Sequence + 1;
                _subscriptions[stream] = (subscription.Selector, sequence);
                var message = new JsonObject
                {
                    ["stream"] = stream,
                    ["selector"] = subscription.Selector,
                    ["sequence_number"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["prev_sequence_number"] = (sequence - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["feed"] = feed.DeepClone(),
                }.ToJsonString();
                for (var copy = 0; copy < copies; copy++)
                {
                    await SendLockedAsync(message, cancellationToken);
                }
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                // the connection is gone; its read loop removes it
            }
            finally
            {
                _send.Release();
            }
        }

        public async Task SendAsync(string json, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                await SendLockedAsync(json, cancellationToken);
            }
            finally
            {
                _send.Release();
            }
        }

        private Task SendLockedAsync(string json, CancellationToken cancellationToken) =>
            Socket.State == WebSocketState.Open
                ? Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken)
                : Task.CompletedTask;
    }
}
