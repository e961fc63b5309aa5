using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VolumeBot.Core.Timing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Venues.Sockets;

/// <summary>
/// A WebSocket that keeps itself up, for every venue: connect, let the <see cref="SocketProtocol"/> authenticate and
/// subscribe, read until the connection breaks, goes silent for <see cref="ReconnectingSocketOptions.SilenceTimeout"/>,
/// outlives its session or the protocol sees a gap; then reconnect with jittered back-off, subscribe again and only
/// then report <see cref="StreamRestored"/>, so whoever relies on the stream knows something may have been missed.
/// Protocol-level pings (<see cref="ReconnectingSocketOptions.KeepAliveInterval"/>) find a half-open connection.
/// </summary>
public sealed class ReconnectingSocket : IAsyncDisposable
{
    private readonly string _name;
    private readonly Uri _url;
    private readonly SocketProtocol _protocol;
    private readonly ReconnectingSocketOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly BackoffCurve _backoff;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _run;
    private int _connections;

    public ReconnectingSocket(string name, Uri url, SocketProtocol protocol, ReconnectingSocketOptions options, TimeProvider time, ILogger? logger = null)
    {
        _name = name;
        _url = url;
        _protocol = protocol;
        _options = options;
        _time = time;
        _log = logger ?? NullLogger.Instance;
        _backoff = new BackoffCurve(options.ReconnectBaseDelay, options.ReconnectMaxDelay, Jitter: true);
    }

    /// <summary>Reported after a reconnect has subscribed again.</summary>
    public event Action<StreamRestored>? Restored;

    /// <summary>Completes when the first connection has subscribed.</summary>
    public Task FirstOpened => _firstOpened.Task;

    /// <summary>Connections made so far, the first one included.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connects in the background, again and again until disposed.</summary>
    public void Start() => _run ??= RunAsync(null, _stop.Token);

    /// <summary>Connects and subscribes once; the reason when that fails, else null and the socket keeps itself up from then on.</summary>
    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var (connection, failure) = await OpenAsync(linked.Token);
        if (connection is null)
        {
            return failure;
        }

        _firstOpened.TrySetResult();
        _run = RunAsync(connection, _stop.Token);
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            try
            {
                await _run;
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }

        _stop.Dispose();
    }

    private async Task RunAsync(Connection? first, CancellationToken stop)
    {
        DateTimeOffset? downSince = null;
        var current = first;
        for (var attempt = 0; !stop.IsCancellationRequested;)
        {
            if (current is null)
            {
                var (opened, failure) = await OpenAsync(stop);
                if (opened is null)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    _log.LogWarning("{Stream:l} could not connect ({Reason:l}); trying again", _name, failure);
                    if (_firstOpened.Task.IsCompleted)
                    {
                        downSince ??= _time.GetUtcNow();
                    }

                    await Task.Delay(_backoff.DelayFor(attempt++), _time, stop).ConfigureAwait(false);
                    continue;
                }

                current = opened;
                if (downSince is { } since)
                {
                    _log.LogInformation("{Stream:l} restored (down since {DownSince:HH:mm:ss.fff})", _name, since);
                    Restored?.Invoke(new StreamRestored(since));
                }

                downSince = null;
                _firstOpened.TrySetResult();
            }

            var openedAt = _time.GetUtcNow();
            var why = await ReadAsync(current, stop);
            current = null;
            _protocol.OnDown();
            if (stop.IsCancellationRequested)
            {
                return;
            }

            // only a connection that stayed up a while starts the back-off again: one that breaks at once (a venue
            // that refuses the subscription, a gap on every snapshot) must not turn into a reconnect storm
            if (_time.GetUtcNow() - openedAt >= _options.ReconnectMaxDelay)
            {
                attempt = 0;
            }

            _log.LogWarning("{Stream:l} interrupted ({Reason:l}); reconnecting", _name, why);
            downSince ??= _time.GetUtcNow();
            await Task.Delay(_backoff.DelayFor(attempt++), _time, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Handshake, authentication and subscription: the open connection, or why there is none.</summary>
    private async Task<(Connection? Connection, string? Failure)> OpenAsync(CancellationToken stop)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _options.KeepAliveInterval * 2;
        try
        {
            if (await _protocol.PrepareAsync(socket.Options, stop) is { } notReady)
            {
                socket.Dispose();
                return (null, notReady);
            }
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            return (null, "stopped");
        }

        var lifetime = _protocol.ConnectionLifetime;
        using var deadline = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var handshake = CancellationTokenSource.CreateLinkedTokenSource(stop, deadline.Token);
        try
        {
            await socket.ConnectAsync(_url, handshake.Token);
            Interlocked.Increment(ref _connections);
            var link = new SocketLink(socket);
            if (await _protocol.OpenAsync(link, handshake.Token) is { } refused)
            {
                socket.Abort();
                socket.Dispose();
                return (null, refused);
            }

            return (new Connection(socket, link, lifetime), null);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            _protocol.OnHandshakeFailed(socket);
            socket.Dispose();
            return (null, stop.IsCancellationRequested ? "stopped" : e is OperationCanceledException ? "no answer in time" : e.Message);
        }
    }

    /// <summary>Reads until the connection ends; says why it ended.</summary>
    private async Task<string> ReadAsync(Connection connection, CancellationToken stop)
    {
        var socket = connection.Socket;
        using var quiet = new CancellationTokenSource(_options.SilenceTimeout, _time);
        using var renew = new CancellationTokenSource(connection.Lifetime ?? Timeout.InfiniteTimeSpan, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, quiet.Token, renew.Token);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                if (!await connection.Link.ReceiveAsync(buffer, linked.Token))
                {
                    return $"closed by the venue ({socket.CloseStatus})";
                }

                quiet.CancelAfter(_options.SilenceTimeout);
                if (_protocol.OnMessage(buffer.WrittenSpan) is { } gap)
                {
                    return gap;
                }
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return renew.IsCancellationRequested ? "session renewal" : "silent connection";
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
            socket.Dispose();
        }
    }

    private sealed record Connection(ClientWebSocket Socket, SocketLink Link, TimeSpan? Lifetime);
}
