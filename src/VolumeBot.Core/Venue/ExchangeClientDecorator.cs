using System.Threading.Channels;

namespace VolumeBot.Core.Venue;

/// <summary>A venue seen through a wrapper that passes every call on unless it overrides it (metering, an order budget).</summary>
public abstract class ExchangeClientDecorator(IExchangeClient inner) : IExchangeClient
{
    protected IExchangeClient Inner => inner;

    public virtual string VenueName => inner.VenueName;

    public virtual byte[]? ClientOrderIdKey => inner.ClientOrderIdKey;

    public virtual ChannelReader<VenueEvent> Events => inner.Events;

    public virtual Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public virtual Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) => inner.GetTopOfBookAsync(cancellationToken);

    public virtual Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) => inner.GetOrderBookAsync(depth, cancellationToken);

    public virtual Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) => inner.PlaceOrderAsync(request, cancellationToken);

    public virtual Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) => inner.CancelOrderAsync(clientOrderId, cancellationToken);

    public virtual Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetOrderAsync(clientOrderId, cancellationToken);

    public virtual Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(cancellationToken);

    public virtual Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) => inner.GetPositionAsync(cancellationToken);

    public virtual Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetFillsAsync(clientOrderId, cancellationToken);

    public virtual Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.GetFillsSinceAsync(since, cancellationToken);

    public virtual Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) => inner.GetAccountCapacityAsync(cancellationToken);

    public virtual Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => inner.GetFeeRatesAsync(cancellationToken);

    public virtual async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
