using System.Buffers;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Auth;
using VolumeBot.Grvt.Mapping;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Socket;

/// <summary>
/// The account's v1.order and v1.fill streams for one instrument on the trades /ws/full socket (JSON-RPC). The
/// session cookie and account id go on the handshake. When the socket drops, a sequence number is skipped or the
/// session is about to be renewed, it reconnects with back-off (logging in again if the handshake is refused),
/// resubscribes and then reports <see cref="StreamRestored"/> so the loop reconciles over REST.
/// </summary>
internal sealed class GrvtOrderStream : IAsyncDisposable
{
    public const string OrderStream = "v1.order";
    public const string FillStream = "v1.fill";

    private static readonly TimeSpan MinimumSessionUse = TimeSpan.FromMinutes(1);

    private readonly GrvtClientOptions _options;
    private readonly GrvtAuthenticator _auth;
    private readonly TimeProvider _time;
    private readonly ChannelWriter<VenueEvent> _events;
    private readonly string _selector;
    private readonly CancellationTokenSource _stop = new();
    private Dictionary<string, FeedSequence> _sequences = [];
    private Task? _running;

    public GrvtOrderStream(GrvtClientOptions options, GrvtAuthenticator auth, TimeProvider time, ChannelWriter<VenueEvent> events)
    {
        _options = options;
        _auth = auth;
        _time = time;
        _events = events;
        _selector = $"{options.SubAccountId}-{options.Instrument}";
    }

    /// <summary>Connections made so far (the first one included).</summary>
    public int Connections { get; private set; }

    public int GapsDetected { get; private set; }

    /// <summary>Connects and subscribes once; from then on the stream keeps itself up in the background.</summary>
    public async Task<VenueResult<bool>> StartAsync(CancellationToken cancellationToken)
    {
        var connected = await ConnectAsync(cancellationToken);
        if (!connected.Socket.IsSuccess)
        {
            return connected.Socket.Error;
        }

        _running = RunAsync(connected.Socket.Value, connected.Session!, _stop.Token);
        return VenueResult<bool>.Ok(true);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // the stream ends by cancellation
            }
        }

        _stop.Dispose();
    }

    private async Task RunAsync(ClientWebSocket socket, GrvtSession session, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var why = await ReadUntilBrokenAsync(socket, session, stop);
            socket.Dispose();
            if (stop.IsCancellationRequested)
            {
                return;
            }

            var downSince = _time.GetUtcNow();
            _options.Logger.Warning("GRVT order stream interrupted ({Reason}); reconnecting", why);
            (socket, session) = await ReconnectAsync(stop);
            _events.TryWrite(new StreamRestored(downSince));
            _options.Logger.Information("GRVT order stream restored after {Seconds:0.0}s", (_time.GetUtcNow() - downSince).TotalSeconds);
        }
    }

    private async Task<(ClientWebSocket Socket, GrvtSession Session)> ReconnectAsync(CancellationToken stop)
    {
        for (var attempt = 0; ; attempt++)
        {
            await Task.Delay(Backoff(attempt), _time, stop);
            var connected = await ConnectAsync(stop);
            if (connected.Socket.IsSuccess)
            {
                return (connected.Socket.Value, connected.Session!);
            }

            _options.Logger.Warning("GRVT order stream reconnect attempt {Attempt} failed: {Error}", attempt + 1, connected.Socket.Error.Message);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.ReconnectBaseDelay * Math.Pow(2, Math.Min(attempt, 10));
        var capped = delay < _options.ReconnectMaxDelay ? delay : _options.ReconnectMaxDelay;
        return capped * (0.75 + Random.Shared.NextDouble() * 0.5);
    }

    /// <summary>Reads feed messages until the socket breaks, a gap shows or the session needs renewing; says why it stopped.</summary>
    private async Task<string> ReadUntilBrokenAsync(ClientWebSocket socket, GrvtSession session, CancellationToken stop)
    {
        // a venue whose sessions are shorter than the margin must not turn this into a reconnect loop
        var renewIn = session.ExpiresAt - _options.SessionRefreshMargin - _time.GetUtcNow();
        using var renew = new CancellationTokenSource(renewIn > MinimumSessionUse ? renewIn : MinimumSessionUse, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, renew.Token);
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                if (!await ReceiveAsync(socket, buffer, linked.Token))
                {
                    return $"closed by the venue ({socket.CloseStatus})";
                }

                if (FeedMessage.Parse(buffer.WrittenSpan) is Feed feed && Apply(feed) is { } gap)
                {
                    return gap;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return "session renewal";
        }
        catch (OperationCanceledException)
        {
            return "stopped";
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            return $"connection lost: {e.Message}";
        }
        finally
        {
            socket.Abort();
        }
    }

    /// <summary>Applies one feed message; returns a reason when a sequence gap means data was missed.</summary>
    private string? Apply(Feed feed)
    {
        if (!_sequences.TryGetValue(feed.Stream, out var sequence))
        {
            return null;
        }

        switch (sequence.Check(feed.Sequence))
        {
            case SequenceCheck.Duplicate:
                return null;
            case SequenceCheck.Gap:
                GapsDetected++;
                return $"sequence gap on {feed.Stream}: {sequence.Last} then {feed.Sequence}";
        }

        if (feed.Stream == OrderStream && GrvtJson.Deserialize<OrderWire>(feed.FeedJson) is { } order)
        {
            var snapshot = GrvtOrderMapping.ToSnapshot(order);
            if (snapshot.Status != OrderStatus.Pending)
            {
                _events.TryWrite(new OrderUpdated(snapshot));
            }
        }
        else if (feed.Stream == FillStream && GrvtJson.Deserialize<FillWire>(feed.FeedJson) is { } fill)
        {
            _events.TryWrite(new FillReported(GrvtOrderMapping.ToFill(fill)));
        }

        return null;
    }

    private async Task<(VenueResult<ClientWebSocket> Socket, GrvtSession? Session)> ConnectAsync(CancellationToken cancellationToken)
    {
        var session = await _auth.GetSessionAsync(cancellationToken);
        if (!session.IsSuccess)
        {
            return (session.Error, null);
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _options.KeepAliveInterval * 2;
        socket.Options.CollectHttpResponseDetails = true;
        session.Value.Authorize(socket.Options);
        using var deadline = new CancellationTokenSource(_options.RequestTimeout * 2, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await socket.ConnectAsync(_options.Environment.TradesWebSocketUrl, linked.Token);
            Connections++;
            _sequences = new Dictionary<string, FeedSequence> { [OrderStream] = new(), [FillStream] = new() };
            var error = await SubscribeAsync(socket, linked.Token);
            if (error is not null)
            {
                socket.Dispose();
                return (new VenueError(VenueErrorKind.Unavailable, $"GRVT subscription failed: {error}"), null);
            }

            return (VenueResult<ClientWebSocket>.Ok(socket), session.Value);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var refused = socket.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            socket.Dispose();
            if (refused)
            {
                _auth.Invalidate(session.Value);
                return (new VenueError(VenueErrorKind.Unauthorized, "GRVT refused the WebSocket handshake (session expired?)"), null);
            }

            return (new VenueError(VenueErrorKind.Unavailable, $"GRVT WebSocket connect failed: {e.Message}"), null);
        }
    }

    /// <summary>
    /// Subscribes to the order and fill streams and waits for both answers, applying any feed message that comes
    /// in between; null on success, else why not.
    /// </summary>
    private async Task<string?> SubscribeAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<long, string> { [1] = OrderStream, [2] = FillStream };
        foreach (var (id, stream) in pending)
        {
            var request = GrvtJson.Serialize(new { jsonrpc = "2.0", method = "subscribe", @params = new { stream, selectors = new[] { _selector } }, id });
            await socket.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (pending.Count > 0)
        {
            buffer.ResetWrittenCount();
            if (!await ReceiveAsync(socket, buffer, cancellationToken))
            {
                return "socket closed";
            }

            switch (FeedMessage.Parse(buffer.WrittenSpan))
            {
                case Subscribed { Id: { } id }:
                    pending.Remove(id);
                    break;
                case ErrorMessage { Id: { } id } error when pending.TryGetValue(id, out var stream):
                    return $"{stream}: code {error.Code}: {error.Message}";
                case Feed feed when Apply(feed) is { } gap:
                    return gap;
            }
        }

        return null;
    }

    /// <summary>One whole message into <paramref name="buffer"/>; false when the venue closed the socket.</summary>
    private static async Task<bool> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }
}
