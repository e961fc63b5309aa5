using System.Buffers;
using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Auth;
using VolumeBot.Grvt.Mapping;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Rest.Models;
using VolumeBot.Venues.Sockets;

namespace VolumeBot.Grvt.Socket;

/// <summary>
/// The account's v1.order and v1.fill streams for one instrument on the trades /ws/full socket (JSON-RPC), kept up
/// by the shared <see cref="ReconnectingSocket"/>. The session cookie and account id go on the handshake; a refused
/// handshake logs in again. A skipped sequence number or a session about to expire reconnects and resubscribes, and
/// the socket then reports <see cref="StreamRestored"/> so the loop reconciles over REST.
/// </summary>
internal sealed class GrvtOrderStream : SocketProtocol, IAsyncDisposable
{
    public const string OrderStream = "v1.order";
    public const string FillStream = "v1.fill";

    private static readonly TimeSpan MinimumSessionUse = TimeSpan.FromMinutes(1);

    private readonly GrvtClientOptions _options;
    private readonly GrvtAuthenticator _auth;
    private readonly TimeProvider _time;
    private readonly ChannelWriter<VenueEvent> _events;
    private readonly string _selector;
    private readonly ReconnectingSocket _socket;
    private Dictionary<string, FeedSequence> _sequences = [];
    private GrvtSession? _session;
    private VenueError? _lastError;

    public GrvtOrderStream(GrvtClientOptions options, GrvtAuthenticator auth, TimeProvider time, ChannelWriter<VenueEvent> events)
    {
        _options = options;
        _auth = auth;
        _time = time;
        _events = events;
        _selector = $"{options.SubAccountId}-{options.Instrument}";
        var socketOptions = new ReconnectingSocketOptions
        {
            ReconnectBaseDelay = options.ReconnectBaseDelay,
            ReconnectMaxDelay = options.ReconnectMaxDelay,
            KeepAliveInterval = options.KeepAliveInterval,
            ConnectTimeout = options.RequestTimeout * 2,
            SilenceTimeout = Timeout.InfiniteTimeSpan, // an account's streams can be quiet for hours: the pings watch it
        };
        _socket = new ReconnectingSocket("GRVT order stream", options.Environment.TradesWebSocketUrl, this, socketOptions, time, options.CreateLogger());
        _socket.Restored += restored => _events.TryWrite(restored);
    }

    /// <summary>Connections made so far (the first one included).</summary>
    public int Connections => _socket.Connections;

    public int GapsDetected { get; private set; }

    public override TimeSpan? ConnectionLifetime
    {
        get
        {
            // a venue whose sessions are shorter than the margin must not turn this into a reconnect loop
            var renewIn = _session is { } session ? session.ExpiresAt - _options.SessionRefreshMargin - _time.GetUtcNow() : MinimumSessionUse;
            return renewIn > MinimumSessionUse ? renewIn : MinimumSessionUse;
        }
    }

    /// <summary>Connects and subscribes once; from then on the stream keeps itself up in the background.</summary>
    public async Task<VenueResult<bool>> StartAsync(CancellationToken cancellationToken)
    {
        var failure = await _socket.StartAsync(cancellationToken);
        return failure is null
            ? VenueResult<bool>.Ok(true)
            : _lastError ?? new VenueError(VenueErrorKind.Unavailable, $"GRVT WebSocket connect failed: {failure}");
    }

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    public override async Task<string?> PrepareAsync(ClientWebSocketOptions options, CancellationToken cancellationToken)
    {
        _lastError = null;
        var session = await _auth.GetSessionAsync(cancellationToken);
        if (!session.IsSuccess)
        {
            _lastError = session.Error;
            return session.Error.Message;
        }

        _session = session.Value;
        options.CollectHttpResponseDetails = true;
        session.Value.Authorize(options);
        return null;
    }

    public override void OnHandshakeFailed(ClientWebSocket socket)
    {
        if (socket.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && _session is { } session)
        {
            _auth.Invalidate(session);
            _lastError = new VenueError(VenueErrorKind.Unauthorized, "GRVT refused the WebSocket handshake (session expired?)");
        }
    }

    /// <summary>
    /// Subscribes to the order and fill streams and waits for both answers, applying any feed message that comes
    /// in between; null on success, else why not.
    /// </summary>
    public override async Task<string?> OpenAsync(SocketLink link, CancellationToken cancellationToken)
    {
        _sequences = new Dictionary<string, FeedSequence> { [OrderStream] = new(), [FillStream] = new() };
        var pending = new Dictionary<long, string> { [1] = OrderStream, [2] = FillStream };
        foreach (var (id, stream) in pending)
        {
            await link.SendTextAsync(FeedRequests.Subscribe(id, stream, _selector), cancellationToken);
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (pending.Count > 0)
        {
            if (!await link.ReceiveAsync(buffer, cancellationToken))
            {
                return "socket closed";
            }

            switch (FeedMessage.Parse(buffer.WrittenSpan))
            {
                case Subscribed { Id: { } id }:
                    pending.Remove(id);
                    break;
                case ErrorMessage { Id: { } id } error when pending.TryGetValue(id, out var stream):
                    _lastError = new VenueError(VenueErrorKind.Unavailable, $"GRVT subscription failed: {stream}: code {error.Code}: {error.Message}");
                    return $"{stream}: code {error.Code}: {error.Message}";
                case Feed feed when Apply(feed) is { } gap:
                    return gap;
            }
        }

        return null;
    }

    public override string? OnMessage(ReadOnlySpan<byte> utf8) => FeedMessage.Parse(utf8) is Feed feed ? Apply(feed) : null;

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

        if (feed.Stream == OrderStream && GrvtJson.Read(feed.FeedJson, GrvtJson.Default.OrderWire) is { } order)
        {
            var snapshot = GrvtOrderMapping.ToSnapshot(order);
            if (snapshot.Status != OrderStatus.Pending)
            {
                _events.TryWrite(new OrderUpdated(snapshot));
            }
        }
        else if (feed.Stream == FillStream && GrvtJson.Read(feed.FeedJson, GrvtJson.Default.FillWire) is { } fill)
        {
            _events.TryWrite(new FillReported(GrvtOrderMapping.ToFill(fill)));
        }

        return null;
    }
}
