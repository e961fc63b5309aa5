using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Runs;

/// <summary>The venue as the bot sees it, with every order submission counted at the simulated time it was sent.</summary>
public sealed class MeteredVenue(IExchangeClient inner, TimeProvider time, OrderRateMeter meter) : IExchangeClient
{
    public string VenueName => inner.VenueName;

    public ChannelReader<VenueEvent> Events => inner.Events;

    public Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) => inner.GetTopOfBookAsync(cancellationToken);

    public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) => inner.GetOrderBookAsync(depth, cancellationToken);

    /// <summary>Whether cancels are metered too (a Retail budget counts them as orders).</summary>
    public bool CountsCancels { get; init; }

    /// <summary>Submissions the venue refused, outright or in its acknowledgement (a post-only that would cross): sent, never an order.</summary>
    public int Refused { get; private set; }

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        meter.Record(time.GetUtcNow());
        var result = await inner.PlaceOrderAsync(request, cancellationToken);
        if (!result.IsSuccess || result.Value.Status == OrderStatus.Rejected)
        {
            Refused++;
        }

        return result;
    }

    public Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        if (CountsCancels)
        {
            meter.Record(time.GetUtcNow());
        }

        return inner.CancelOrderAsync(clientOrderId, cancellationToken);
    }

    public Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetOrderAsync(clientOrderId, cancellationToken);

    public Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(cancellationToken);

    public Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) => inner.GetPositionAsync(cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetFillsAsync(clientOrderId, cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.GetFillsSinceAsync(since, cancellationToken);

    public Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) => inner.GetAccountCapacityAsync(cancellationToken);

    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => inner.GetFeeRatesAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
