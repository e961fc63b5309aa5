using System.Threading.Channels;
using VolumeBot.Core.Alerts;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Notifications;

/// <summary>
/// Sends alerts off the trading path: Send only queues, a background worker delivers to every channel with a timeout
/// and a few retries. A failing channel is logged once (and again when it recovers) and never stops trading.
/// </summary>
public sealed class AlertDispatcher : IAlertSink, IAsyncDisposable
{
    private const int Attempts = 3;
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(200) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly IReadOnlyList<INotificationChannel> _channels;
    private readonly ActivityLog _log;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _drainDeadline;
    private readonly HashSet<INotificationChannel> _failing = [];
    private readonly Task _worker;

    public AlertDispatcher(IReadOnlyList<INotificationChannel> channels, ActivityLog log, TimeSpan? timeout = null, TimeSpan? drainDeadline = null)
    {
        _channels = channels;
        _log = log;
        _timeout = timeout ?? TimeSpan.FromSeconds(5);
        _drainDeadline = drainDeadline ?? TimeSpan.FromSeconds(10);
        _worker = channels.Count > 0 ? Task.Run(DeliverAsync) : Task.CompletedTask;
    }

    public void Send(string text) => Send(text, text.ReplaceLineEndings(" / "));

    /// <summary>Sends <paramref name="text"/> but logs <paramref name="logAs"/>: for a text the log already has (the run summary).</summary>
    public void Send(string text, string logAs)
    {
        _log.Warn($"ALERT: {logAs}");
        if (_channels.Count > 0)
        {
            _queue.Writer.TryWrite(text);
        }
    }

    /// <summary>Delivers what is queued (the end-of-run summary among it) until the drain deadline, then gives up.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAny(_worker, Task.Delay(_drainDeadline));
    }

    private async Task DeliverAsync()
    {
        await foreach (var text in _queue.Reader.ReadAllAsync())
        {
            foreach (var channel in _channels)
            {
                await DeliverAsync(channel, text);
            }
        }
    }

    private async Task DeliverAsync(INotificationChannel channel, string text)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            using var timeout = new CancellationTokenSource(_timeout);
            try
            {
                await channel.SendAsync(text, timeout.Token);
                if (_failing.Remove(channel))
                {
                    _log.Info($"{channel.Name} alerts are delivered again");
                }

                return;
            }
            catch (Exception failure) when (failure is HttpRequestException or OperationCanceledException or NotificationFailure)
            {
                if (attempt == Attempts && _failing.Add(channel))
                {
                    _log.Warn($"{channel.Name} alerts failing ({NotificationFailure.Describe(failure)}); trading goes on, alerts stay in this log");
                }
                else if (attempt < Attempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
                }
            }
        }
    }
}
