using VolumeBot.Core.Venue;

namespace VolumeBot.Paradex.Tests.Support;

/// <summary>Drains a client's event stream into a list, as the bot's pump would.</summary>
internal sealed class EventLog : IAsyncDisposable
{
    private readonly List<VenueEvent> _events = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    public EventLog(IExchangeClient client)
    {
        _reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var venueEvent in client.Events.ReadAllAsync(_stop.Token))
                {
                    lock (_events)
                    {
                        _events.Add(venueEvent);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // stopped
            }
        });
    }

    public IReadOnlyList<VenueEvent> All
    {
        get
        {
            lock (_events)
            {
                return _events.ToList();
            }
        }
    }

    public IReadOnlyList<OrderSnapshot> Updates(string clientOrderId) =>
        All.OfType<OrderUpdated>().Select(u => u.Order).Where(o => o.ClientOrderId == clientOrderId).ToList();

    public IReadOnlyList<Fill> Fills(string clientOrderId) =>
        All.OfType<FillReported>().Select(f => f.Fill).Where(f => f.ClientOrderId == clientOrderId).ToList();

    public Task WaitForStatusAsync(string clientOrderId, OrderStatus status, int timeoutMs = 10_000) =>
        Eventually.WaitAsync(() => Updates(clientOrderId).Any(o => o.Status == status), $"{clientOrderId} {status}", timeoutMs);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
