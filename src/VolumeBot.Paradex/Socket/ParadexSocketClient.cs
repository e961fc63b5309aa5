using System.Net.WebSockets;
using System.Text.Json;
using Serilog;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Auth;

namespace VolumeBot.Paradex.Socket;

/// <summary>
/// The account's private stream: connect, auth with the current JWT, subscribe to the channels, and after any drop
/// reconnect with back-off, auth with a fresh JWT, subscribe again and only then report <see cref="StreamRestored"/>
/// so the loop reconciles whatever happened while the stream was down.
/// </summary>
internal sealed class ParadexSocketClient : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private readonly Uri _url;
    private readonly IReadOnlyList<string> _channels;
    private readonly IReadOnlyList<string> _optionalChannels;
    private readonly Action _onDown;
    private readonly ParadexAuthenticator _authenticator;
    private readonly Action<string, JsonElement> _onData;
    private readonly Action<StreamRestored> _onRestored;
    private readonly ParadexClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstSubscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<string> _refusedOptional = new(StringComparer.Ordinal);
    private SocketSession? _session;
    private Task? _run;

    public ParadexSocketClient(
        Uri url,
        IReadOnlyList<string> channels,
        IReadOnlyList<string> optionalChannels,
        ParadexAuthenticator authenticator,
        Action<string, JsonElement> onData,
        Action<StreamRestored> onRestored,
        Action onDown,
        ParadexClientOptions options,
        TimeProvider time,
        ILogger log)
    {
        _url = url;
        _channels = channels;
        _optionalChannels = optionalChannels;
        _onDown = onDown;
        _authenticator = authenticator;
        _onData = onData;
        _onRestored = onRestored;
        _options = options;
        _time = time;
        _log = log;
    }

    /// <summary>Completes when the channels were subscribed for the first time.</summary>
    public Task FirstSubscribed => _firstSubscribed.Task;

    /// <summary>How many times the stream came back after a drop.</summary>
    public int Restorations { get; private set; }

    public void Start() => _run ??= RunAsync(_stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_session is { } session)
        {
            await session.DisposeAsync();
        }

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
        var attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var session = await OpenAsync(stop);
                attempt = 0;
                if (downSince is { } since)
                {
                    Restorations++;
                    _log.Information("Paradex stream restored (down since {DownSince:HH:mm:ss.fff})", since);
                    _onRestored(new StreamRestored(since));
                }

                _firstSubscribed.TrySetResult();
                await session.Completion.WaitAsync(stop);
                _log.Warning("Paradex stream closed; reconnecting");
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                _log.Warning("Paradex stream error ({Error}); reconnecting", e.Message);
            }
            finally
            {
                _session = null;
                _onDown();
            }

            if (_firstSubscribed.Task.IsCompleted)
            {
                downSince ??= _time.GetUtcNow();
            }

            await Task.Delay(ReconnectDelay(attempt++), _time, stop).ConfigureAwait(false);
        }
    }

    private async Task<SocketSession> OpenAsync(CancellationToken stop)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(20); // our own pings find a half-open connection the server will never close
        try
        {
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stop))
            {
                connectTimeout.CancelAfter(CallTimeout);
                await socket.ConnectAsync(_url, connectTimeout.Token);
            }
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var session = new SocketSession(socket, _onData);
        _session = session;
        try
        {
            var token = await _authenticator.GetTokenAsync(stop);
            if (!token.IsSuccess)
            {
                throw new StreamAuthException($"no token: {token.Error.Message}");
            }

            var auth = await session.CallAsync("auth", "bearer", token.Value.Bearer, CallTimeout, stop);
            if (!auth.IsSuccess)
            {
                if (auth.IsAuthError)
                {
                    _authenticator.Invalidate(token.Value);
                }

                throw new StreamAuthException($"auth refused ({auth})");
            }

            foreach (var channel in _channels)
            {
                var subscribed = await session.CallAsync("subscribe", "channel", channel, CallTimeout, stop);
                if (!subscribed.IsSuccess)
                {
                    throw new StreamAuthException($"subscribe to {channel} refused ({subscribed})");
                }
            }

            foreach (var channel in _optionalChannels)
            {
                // the book is a convenience: without it reads go to REST, so a refusal never takes the stream down
                var subscribed = await session.CallAsync("subscribe", "channel", channel, CallTimeout, stop);
                if (!subscribed.IsSuccess && _refusedOptional.Add(channel))
                {
                    _log.Warning("Paradex refused {Channel} ({Reply}); the book is read over REST", channel, subscribed);
                }
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private TimeSpan ReconnectDelay(int attempt)
    {
        var exponential = _options.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 10));
        var capped = Math.Min(exponential, _options.ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private sealed class StreamAuthException(string message) : Exception(message);
}
