using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Budget;

/// <summary>
/// The backstop of the order budget: every submission and cancel is counted before it goes out, and one that would
/// break the venue's limits comes back as a rate-limit error without being sent.
/// </summary>
public sealed class BudgetedVenue(IExchangeClient inner, OrderBudget budget) : IExchangeClient
{
    public string VenueName => inner.VenueName;

    public byte[]? ClientOrderIdKey => inner.ClientOrderIdKey;

    public ChannelReader<VenueEvent> Events => inner.Events;

    /// <summary>Actions refused because they would have broken a limit (never sent).</summary>
    public int Refused { get; private set; }

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) =>
        await budget.TryCountAsync(cancellationToken)
            ? await inner.PlaceOrderAsync(request, cancellationToken)
            : VenueResult<OrderSnapshot>.Fail(Refuse(), $"order {request.ClientOrderId} not sent: {Full()}");

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        await budget.TryCountAsync(cancellationToken)
            ? await inner.CancelOrderAsync(clientOrderId, cancellationToken)
            : VenueResult<bool>.Fail(Refuse(), $"cancel of {clientOrderId} not sent: {Full()}");

    public Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) => inner.GetTopOfBookAsync(cancellationToken);

    public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) => inner.GetOrderBookAsync(depth, cancellationToken);

    public Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetOrderAsync(clientOrderId, cancellationToken);

    public Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken) => inner.GetOpenOrdersAsync(cancellationToken);

    public Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) => inner.GetPositionAsync(cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) => inner.GetFillsAsync(clientOrderId, cancellationToken);

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.GetFillsSinceAsync(since, cancellationToken);

    public Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) => inner.GetAccountCapacityAsync(cancellationToken);

    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => inner.GetFeeRatesAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private VenueErrorKind Refuse()
    {
        Refused++;
        return VenueErrorKind.RateLimited;
    }

    private string Full() => $"it would break the {budget.Venue.Name} order limits ({budget.Usage()})";
}
