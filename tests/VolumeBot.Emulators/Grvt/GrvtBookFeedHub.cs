using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

/// <summary>
/// The public market-data /ws/full (served at /market-data/ws/full, as the emulator has one host): v1.book.d with
/// selector "{instrument}@{rate}", answered with a snapshot (sequence 0) and then, every
/// <see cref="GrvtEmulatorOptions.BookStreamInterval"/>, the levels that changed (size "0" = gone), numbered 1, 2, …
/// No session is needed. <see cref="SkipNextBookSequence"/> loses one message on the way, so a client sees a gap.
/// </summary>
internal sealed class GrvtBookFeedHub : IAsyncDisposable
{
    public const string BookStream = "v1.book.d";
    private const int StreamedDepth = 50;
    private readonly GrvtEmulatorOptions _options;
    private readonly MatchingEngine _engine;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<BookSubscriber, byte> _subscribers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _accepted;
    private int _skip;

    public GrvtBookFeedHub(GrvtEmulatorOptions options, MatchingEngine engine, TimeProvider time)
    {
        _options = options;
        _engine = engine;
        _time = time;
        _pump = PumpAsync(_stop.Token);
    }

    public int ConnectionsAccepted => Volatile.Read(ref _accepted);

    /// <summary>The next book message is numbered but not sent.</summary>
    public void SkipNextBookSequence() => Interlocked.Exchange(ref _skip, 1);

    public void DropAll()
    {
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Socket.Abort();
        }
    }

    public async Task HandleAsync(HttpContext context, CancellationToken stop)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _accepted);
        var subscriber = new BookSubscriber(socket);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, context.RequestAborted);
        try
        {
            var buffer = new byte[8192];
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, linked.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                // requests are small: one frame each
                var request = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var id = request?["id"]?.DeepClone();
                var stream = request?["params"]?["stream"]?.GetValue<string>();
                var selector = (request?["params"]?["selectors"] as JsonArray)?.FirstOrDefault()?.GetValue<string>() ?? "";
                if (request?["method"]?.GetValue<string>() != "subscribe" || stream != BookStream || !selector.StartsWith($"{_options.Instrument}@", StringComparison.Ordinal))
                {
                    await subscriber.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "subscribe", ["id"] = id, ["error"] = GrvtWire.Error(3000, "Instrument is invalid", 400) }.ToJsonString(), linked.Token);
                    continue;
                }

                await subscriber.SendAsync(new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["method"] = "subscribe",
                    ["id"] = id,
                    ["result"] = new JsonObject { ["stream"] = stream, ["subs"] = new JsonArray(selector), ["unsubs"] = new JsonArray() },
                }.ToJsonString(), linked.Token);
                subscriber.Selector = selector;
                await SendAsync(subscriber, snapshot: true, linked.Token);
                _subscribers[subscriber] = 0;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or System.Text.Json.JsonException)
        {
            // dropped by a test, the client or shutdown
        }
        finally
        {
            _subscribers.TryRemove(subscriber, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
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

    private async Task PumpAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.BookStreamInterval, _time);
        while (await timer.WaitForNextTickAsync(stop))
        {
            foreach (var subscriber in _subscribers.Keys)
            {
                try
                {
                    await SendAsync(subscriber, snapshot: false, stop);
                }
                catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
                {
                    // its read loop removes it
                }
            }
        }
    }

    /// <summary>The whole book (snapshot) or the levels changed since the last message; nothing when nothing changed.</summary>
    private async Task SendAsync(BookSubscriber subscriber, bool snapshot, CancellationToken cancellationToken)
    {
        var book = _engine.Book(StreamedDepth);
        var bids = Changes(subscriber.Bids, book.Bids, snapshot);
        var asks = Changes(subscriber.Asks, book.Asks, snapshot);
        if (!snapshot && bids.Count == 0 && asks.Count == 0)
        {
            return;
        }

        var sequence = snapshot ? 0 : ++subscriber.Sequence;
        if (!snapshot && Interlocked.Exchange(ref _skip, 0) == 1)
        {
            return;
        }

        var feed = GrvtWire.Book(new OrderBook(bids, asks), _options.Instrument, NowNs());
        await subscriber.SendAsync(new JsonObject
        {
            ["stream"] = BookStream,
            ["selector"] = subscriber.Selector,
            ["sequence_number"] = sequence.ToString(CultureInfo.InvariantCulture),
            ["prev_sequence_number"] = Math.Max(0, sequence - 1).ToString(CultureInfo.InvariantCulture),
            ["feed"] = feed,
        }.ToJsonString(), cancellationToken);
    }

    private long NowNs() => (_time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    /// <summary>Levels new or resized since <paramref name="sent"/>, and removed ones with size 0; <paramref name="sent"/> becomes the book.</summary>
    private static List<BookLevel> Changes(Dictionary<decimal, decimal> sent, IReadOnlyList<BookLevel> now, bool snapshot)
    {
        var changes = new List<BookLevel>();
        var current = now.ToDictionary(l => l.Price, l => l.Size);
        if (snapshot)
        {
            sent.Clear();
        }

        foreach (var level in now)
        {
            if (snapshot || !sent.TryGetValue(level.Price, out var size) || size != level.Size)
            {
                changes.Add(level);
            }
        }

        changes.AddRange(sent.Keys.Where(price => !current.ContainsKey(price)).Select(price => new BookLevel(price, 0m)));
        sent.Clear();
        foreach (var (price, size) in current)
        {
            sent[price] = size;
        }

        return changes;
    }

    private sealed class BookSubscriber(WebSocket socket)
    {
        private readonly SemaphoreSlim _send = new(1, 1);

        public WebSocket Socket { get; } = socket;

        public string Selector { get; set; } = "";

        public long Sequence { get; set; }

        public Dictionary<decimal, decimal> Bids { get; } = [];

        public Dictionary<decimal, decimal> Asks { get; } = [];

        public async Task SendAsync(string json, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
            }
            finally
            {
                _send.Release();
            }
        }
    }
}
