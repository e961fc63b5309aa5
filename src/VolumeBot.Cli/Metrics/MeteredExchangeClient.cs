using System.Collections.Concurrent;
using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Metrics;

/// <summary>
/// The venue seam passed through unchanged, counting for the metrics what crosses it: every error result, every
/// restored stream, and the orders the venue last showed open (from acknowledgements, updates, lookups and lists).
/// </summary>
internal sealed class MeteredExchangeClient(IExchangeClient inner, VenueMetrics metrics) : IExchangeClient
{
    private readonly ConcurrentDictionary<string, byte> _open = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Channel<VenueEvent>? _events;
    private Task? _pump;

    public string VenueName => inner.VenueName;

    public byte[]? ClientOrderIdKey => inner.ClientOrderIdKey;

    public int OpenOrders => _open.Count;

    /// <summary>The venue's events, each seen on its way through (one reader, as the bot reads them).</summary>
    public ChannelReader<VenueEvent> Events
    {
        get
        {
            lock (_gate)
            {
                if (_events is null)
                {
                    _events = Channel.CreateUnbounded<VenueEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
                    _pump = PumpAsync(_events.Writer, _stop.Token);
                }

                return _events.Reader;
            }
        }
    }

    public async Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => Count(await inner.ConnectAsync(cancellationToken));

    public async Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) => Count(await inner.GetTopOfBookAsync(cancellationToken));

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) => Count(await inner.GetOrderBookAsync(depth, cancellationToken));

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => Seen(Count(await inner.PlaceOrderAsync(request, cancellationToken)));

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) => Count(await inner.CancelOrderAsync(clientOrderId, cancellationToken));

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) => Seen(Count(await inner.GetOrderAsync(clientOrderId, cancellationToken)));

    public async Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var result = Count(await inner.GetOpenOrdersAsync(cancellationToken));
        if (result.IsSuccess)
        {
            var listed = result.Value.Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
            foreach (var id in _open.Keys.Where(id => !listed.Contains(id)))
            {
                _open.TryRemove(id, out _);
            }

            foreach (var order in result.Value)
            {
                Track(order);
            }
        }

        return result;
    }

    public async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) => Count(await inner.GetPositionAsync(cancellationToken));

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) => Count(await inner.GetFillsAsync(clientOrderId, cancellationToken));

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => Count(await inner.GetFillsSinceAsync(since, cancellationToken));

    public async Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) => Count(await inner.GetAccountCapacityAsync(cancellationToken));

    public async Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => Count(await inner.GetFeeRatesAsync(cancellationToken));

    /// <summary>Stops passing events on; the venue itself is its owner's to dispose.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pump is not null)
        {
            await _pump;
        }

        _stop.Dispose();
    }

    private async Task PumpAsync(ChannelWriter<VenueEvent> writer, CancellationToken stop)
    {
        var source = inner.Events;
        try
        {
            while (await source.WaitToReadAsync(stop))
            {
                while (source.TryRead(out var venueEvent))
                {
                    switch (venueEvent)
                    {
                        case OrderUpdated updated:
                            Track(updated.Order);
                            break;
                        case StreamRestored:
                            metrics.Reconnected();
                            break;
                    }

                    writer.TryWrite(venueEvent);
                }
            }

            writer.TryComplete();
        }
        catch (OperationCanceledException)
        {
            writer.TryComplete();
        }
        catch (ChannelClosedException closed)
        {
            writer.TryComplete(closed.InnerException);
        }
    }

    private VenueResult<T> Count<T>(VenueResult<T> result)
    {
        if (!result.IsSuccess)
        {
            metrics.ErrorSeen(result.Error.Kind);
        }

        return result;
    }

    private VenueResult<OrderSnapshot> Seen(VenueResult<OrderSnapshot> result)
    {
        if (result.IsSuccess)
        {
            Track(result.Value);
        }

        return result;
    }

    /// <summary>Only open orders are kept, so a run of days holds no more ids than it has orders resting.</summary>
    private void Track(OrderSnapshot order)
    {
        if (order.Status.IsTerminal())
        {
            _open.TryRemove(order.ClientOrderId, out _);
        }
        else
        {
            _open[order.ClientOrderId] = 0;
        }
    }
}
