using System.Threading.Channels;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The venue as the loop sees it: every answer passes through unchanged, except an error that cannot heal, which
/// becomes a <see cref="VenueRefusalException"/> so that an open, a close, a cancel or a read that meets one stops
/// the run at once, whoever called. Connecting is left alone: start-up reports its own failure.
/// </summary>
internal sealed class RefusalGuard(IExchangeClient venue) : IExchangeClient
{
    public string VenueName => venue.VenueName;

    public byte[]? ClientOrderIdKey => venue.ClientOrderIdKey;

    public ChannelReader<VenueEvent> Events => venue.Events;

    public Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => venue.ConnectAsync(cancellationToken);

    public async Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) =>
        Checked(await venue.GetTopOfBookAsync(cancellationToken));

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) =>
        Checked(await venue.GetOrderBookAsync(depth, cancellationToken));

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) =>
        Checked(await venue.PlaceOrderAsync(request, cancellationToken));

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        Checked(await venue.CancelOrderAsync(clientOrderId, cancellationToken));

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        Checked(await venue.GetOrderAsync(clientOrderId, cancellationToken));

    public async Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken) =>
        Checked(await venue.GetOpenOrdersAsync(cancellationToken));

    public async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) =>
        Checked(await venue.GetPositionAsync(cancellationToken));

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken) =>
        Checked(await venue.GetFillsAsync(clientOrderId, cancellationToken));

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Checked(await venue.GetFillsSinceAsync(since, cancellationToken));

    public async Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) =>
        Checked(await venue.GetAccountCapacityAsync(cancellationToken));

    /// <summary>Informational only: a failed fee read is logged by the bot and never stops the run.</summary>
    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) => venue.GetFeeRatesAsync(cancellationToken);

    /// <summary>The bot does not own the venue: whoever made it disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static VenueResult<T> Checked<T>(VenueResult<T> result) =>
        result is { IsSuccess: false, Error: { CannotHeal: true } error } ? throw new VenueRefusalException(error) : result;
}
