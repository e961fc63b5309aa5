using System.Buffers;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Auth;
using VolumeBot.Venues.Sockets;

namespace VolumeBot.Paradex.Socket;

/// <summary>
/// The account's stream on the shared <see cref="ReconnectingSocket"/>: auth with the current JWT, subscribe to the
/// channels (JSON-RPC), and after any drop reconnect with back-off, auth with a fresh JWT, subscribe again and only
/// then report <see cref="StreamRestored"/> so the loop reconciles whatever happened while the stream was down. The
/// book channels are optional: a refusal is logged once and the book is read over REST. Their payloads come as SBE
/// binary frames (<see cref="ParadexSbe"/>, asked for on the URL); the control plane and the private channels stay JSON.
/// </summary>
internal sealed class ParadexSocketClient : SocketProtocol, IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly IReadOnlyList<string> _channels;
    private readonly IReadOnlyList<string> _optionalChannels;
    private readonly ParadexAuthenticator _authenticator;
    private readonly Action<string, JsonElement> _onData;
    private readonly Action<SbeMarketData> _onMarketData;
    private readonly Action _onDown;
    private readonly ILogger _log;
    private readonly ReconnectingSocket _socket;
    private readonly HashSet<string> _refusedOptional = new(StringComparer.Ordinal);
    private long _nextId;
    private int _restorations;

    public ParadexSocketClient(
        Uri url,
        IReadOnlyList<string> channels,
        IReadOnlyList<string> optionalChannels,
        ParadexAuthenticator authenticator,
        Action<string, JsonElement> onData,
        Action<SbeMarketData> onMarketData,
        Action<StreamRestored> onRestored,
        Action onDown,
        ParadexClientOptions options,
        TimeProvider time,
        ILogger log)
    {
        _channels = channels;
        _optionalChannels = optionalChannels;
        _authenticator = authenticator;
        _onData = onData;
        _onMarketData = onMarketData;
        _onDown = onDown;
        _log = log;
        var socketOptions = new ReconnectingSocketOptions
        {
            ReconnectBaseDelay = options.ReconnectBaseDelay,
            ReconnectMaxDelay = options.ReconnectMaxDelay,
            KeepAliveInterval = TimeSpan.FromSeconds(20), // our own pings find a half-open connection the server will never close
            ConnectTimeout = TimeSpan.FromSeconds(10),
            SilenceTimeout = Timeout.InfiniteTimeSpan, // the account's channels can be quiet for hours: the pings watch it
        };
        _socket = new ReconnectingSocket("Paradex stream", ParadexSbe.WithSchema(url), this, socketOptions, time, log);
        _socket.Restored += restored =>
        {
            Interlocked.Increment(ref _restorations);
            onRestored(restored);
        };
    }

    /// <summary>Completes when the channels were subscribed for the first time.</summary>
    public Task FirstSubscribed => _socket.FirstOpened;

    /// <summary>How many times the stream came back after a drop.</summary>
    public int Restorations => Volatile.Read(ref _restorations);

    public void Start() => _socket.Start();

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    public override async Task<string?> OpenAsync(SocketLink link, CancellationToken cancellationToken)
    {
        var token = await _authenticator.GetTokenAsync(cancellationToken);
        if (!token.IsSuccess)
        {
            return $"no token: {token.Error.Message}";
        }

        var auth = await CallAsync(link, "auth", "bearer", token.Value.Bearer, cancellationToken);
        if (!auth.IsSuccess)
        {
            if (auth.IsAuthError)
            {
                _authenticator.Invalidate(token.Value);
            }

            return $"auth refused ({auth})";
        }

        foreach (var channel in _channels)
        {
            var subscribed = await CallAsync(link, "subscribe", "channel", channel, cancellationToken);
            if (!subscribed.IsSuccess)
            {
                return $"subscribe to {channel} refused ({subscribed})";
            }
        }

        foreach (var channel in _optionalChannels)
        {
            // the book is a convenience: without it reads go to REST, so a refusal never takes the stream down
            var subscribed = await CallAsync(link, "subscribe", "channel", channel, cancellationToken);
            if (!subscribed.IsSuccess && _refusedOptional.Add(channel))
            {
                _log.LogWarning("Paradex refused {Channel} ({Reply}); the book is read over REST", channel, subscribed);
            }
        }

        return null;
    }

    public override string? OnMessage(ReadOnlySpan<byte> utf8)
    {
        Dispatch(utf8, null);
        return null;
    }

    public override string? OnBinaryMessage(ReadOnlySpan<byte> payload)
    {
        // an unknown template (trades, summaries, heartbeats) or a frame of another schema is ignored, never a reconnect
        if (ParadexSbe.Decode(payload) is { } data)
        {
            _onMarketData(data);
        }

        return null;
    }

    public override void OnDown() => _onDown();

    /// <summary>Sends one request and reads until its answer, passing subscription data that comes first on.</summary>
    private async Task<RpcReply> CallAsync(SocketLink link, string method, string paramName, string paramValue, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(request, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", method);
            writer.WriteStartObject("params");
            writer.WriteString(paramName, paramValue);
            writer.WriteEndObject();
            writer.WriteNumber("id", id);
            writer.WriteEndObject();
        }

        await link.SendTextAsync(System.Text.Encoding.UTF8.GetString(request.WrittenSpan), cancellationToken);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var type = await link.ReceiveAnyAsync(buffer, cancellationToken) ?? throw new WebSocketException("connection closed");
            if (type == WebSocketMessageType.Binary)
            {
                OnBinaryMessage(buffer.WrittenSpan);
                continue;
            }

            if (Dispatch(buffer.WrittenSpan, id) is { } reply)
            {
                return reply;
            }
        }
    }

    /// <summary>Passes subscription data on; the answer when the message answers <paramref name="awaitedId"/>.</summary>
    private RpcReply? Dispatch(ReadOnlySpan<byte> json, long? awaitedId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("method", out var method) && method.ValueEquals("subscription")
                && root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                && parameters.TryGetProperty("channel", out var channel) && parameters.TryGetProperty("data", out var data))
            {
                _onData(channel.GetString() ?? "", data);
                return null;
            }

            return awaitedId is { } awaited && root.TryGetProperty("id", out var idElement) && IdOf(idElement) == awaited ? ReplyOf(root) : null;
        }
    }

    private static long? IdOf(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number when id.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(id.GetString(), out var text) => text,
        _ => null,
    };

    private static RpcReply ReplyOf(JsonElement root)
    {
        if (!root.TryGetProperty("error", out var error) || error.ValueKind == JsonValueKind.Null)
        {
            return RpcReply.Success;
        }

        var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : -1;
        var text = error.TryGetProperty("message", out var m) ? m.GetString() : null;
        return new RpcReply(false, code, text);
    }
}
