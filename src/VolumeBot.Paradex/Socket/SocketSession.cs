using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VolumeBot.Paradex.Socket;

/// <summary>
/// One WebSocket connection speaking Paradex JSON-RPC. Its receive loop runs from the start to the end of the
/// connection, which is also what answers the server's ping frames; replies complete pending calls by id and
/// subscription messages go to <c>onData</c>.
/// </summary>
internal sealed class SocketSession : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ClientWebSocket _socket;
    private readonly Action<string, JsonElement> _onData;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<RpcReply>> _pending = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private long _nextId;
    private int _disposed;

    public SocketSession(ClientWebSocket socket, Action<string, JsonElement> onData)
    {
        _socket = socket;
        _onData = onData;
        Completion = ReceiveLoopAsync(_stop.Token);
    }

    /// <summary>Ends when the connection closes or breaks.</summary>
    public Task Completion { get; }

    public async Task<RpcReply> CallAsync(string method, string paramName, string paramValue, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<RpcReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        try
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
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

            await _sendLock.WaitAsync(cancellationToken);
            try
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, cancellationToken);
            }
            finally
            {
                _sendLock.Release();
            }

            return await reply.Task.WaitAsync(timeout, cancellationToken);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        _socket.Abort();
        try
        {
            await Completion;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // the loop ends with the connection
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (_socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(message.GetMemory(8 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.WrittenSpan);
                message.ResetWrittenCount();
            }
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new WebSocketException("connection closed"));
            }
        }
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (root.TryGetProperty("method", out var method) && method.ValueEquals("subscription")
                && root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                && parameters.TryGetProperty("channel", out var channel) && parameters.TryGetProperty("data", out var data))
            {
                _onData(channel.GetString() ?? "", data);
                return;
            }

            if (root.TryGetProperty("id", out var idElement) && IdOf(idElement) is { } id && _pending.TryGetValue(id, out var pending))
            {
                pending.TrySetResult(ReplyOf(root));
            }
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
