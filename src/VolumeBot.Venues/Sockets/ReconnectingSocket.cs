using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VolumeBot.Core.Timing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Venues.Sockets;

/// <summary>
/// A WebSocket that keeps itself up: connect, let the <see cref="SocketProtocol"/> authenticate and subscribe, read
/// until the connection breaks, goes silent for <see cref="ReconnectingSocketOptions.SilenceTimeout"/> or the
/// protocol sees a gap; then reconnect with jittered back-off, subscribe again and only then report
/// <see cref="StreamRestored"/>, so whoever relies on the stream knows something may have been missed.
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

    public void Start() => _run ??= RunAsync(_stop.Token);

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

    private async Task RunAsync(CancellationToken stop)
    {
        DateTimeOffset? downSince = null;
        for (var attempt = 0; !stop.IsCancellationRequested;)
        {
            DateTimeOffset? openedAt = null;
            var why = await ConnectAndReadAsync(stop, () =>
            {
                openedAt = _time.GetUtcNow();
                if (downSince is { } since)
                {
                    _log.LogInformation("{Stream} restored (down since {DownSince:HH:mm:ss.fff})", _name, since);
                    Restored?.Invoke(new StreamRestored(since));
                }

                downSince = null;
                _firstOpened.TrySetResult();
            });
            _protocol.OnDown();
            if (stop.IsCancellationRequested)
            {
                return;
            }

            // only a connection that stayed up a while starts the back-off again: one that breaks at once (a venue
            // that refuses the subscription, a gap on every snapshot) must not turn into a reconnect storm
            if (openedAt is { } opened && _time.GetUtcNow() - opened >= _options.ReconnectMaxDelay)
            {
                attempt = 0;
            }

            _log.LogWarning("{Stream} interrupted ({Reason}); reconnecting", _name, why);
            if (_firstOpened.Task.IsCompleted)
            {
                downSince ??= _time.GetUtcNow();
            }

            await Task.Delay(_backoff.DelayFor(attempt++), _time, stop).ConfigureAwait(false);
        }
    }

    /// <summary>One connection from handshake to break; says why it ended.</summary>
    private async Task<string> ConnectAndReadAsync(CancellationToken stop, Action opened)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _options.KeepAliveInterval * 2;
        _protocol.Configure(socket.Options);
        using var handshake = CancellationTokenSource.CreateLinkedTokenSource(stop);
        try
        {
            handshake.CancelAfter(_options.ConnectTimeout);
            await socket.ConnectAsync(_url, handshake.Token);
            Interlocked.Increment(ref _connections);
            var link = new SocketLink(socket);
            if (await _protocol.OpenAsync(link, handshake.Token) is { } refused)
            {
                return refused;
            }

            handshake.CancelAfter(Timeout.InfiniteTimeSpan);
            opened();
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using var quiet = new CancellationTokenSource(_options.SilenceTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, quiet.Token);
            while (true)
            {
                if (!await link.ReceiveAsync(buffer, linked.Token))
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
            return "silent connection";
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
}
