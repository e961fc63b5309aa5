using System.Threading.Channels;

namespace VolumeBot.Core.Venue;

/// <summary>
/// The one seam between the trading loop and a venue, bound to one market. Expected outcomes (post-only would
/// cross, not found, rate limit, unknown outcome) come back as <see cref="VenueResult{T}"/>; exceptions mean bugs.
/// </summary>
public interface IExchangeClient : IAsyncDisposable
{
    string VenueName { get; }

    /// <summary>
    /// A key derived from the account's own secret (never the secret itself), stable across runs, that the bot keys
    /// its client order ids with so it can tell its own orders from anyone else's after a restart; null when the venue
    /// has none (then no earlier run's order is ever taken for the bot's).
    /// </summary>
    byte[]? ClientOrderIdKey => null;

    /// <summary>Authenticates, loads the market and starts the event stream.</summary>
    Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Order updates and fills of this account on this market, in arrival order.</summary>
    ChannelReader<VenueEvent> Events { get; }

    Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken);

    Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken);

    /// <summary>Submits an order; the snapshot is the venue's acknowledgement, which may already be terminal.</summary>
    Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken);

    /// <summary>Asks for a cancel; success means the request was accepted, not that the order is gone.</summary>
    Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken);

    Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken);

    Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken);

    Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken);

    /// <summary>Fills of one order, for reconciling what the stream may have missed.</summary>
    Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken);

    /// <summary>
    /// Every fill of this account on this market executed at or after <paramref name="since"/>, oldest first, whoever
    /// placed the order: for recovering the fills of a run that was killed before it wrote them.
    /// </summary>
    Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>What the account can still carry: its free collateral, read before the first order.</summary>
    Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The account's own maker and taker rates where the venue reports them, read once at start-up so the trader sees
    /// the real schedule before the first order; null when the venue (or this client) does not say. Fills still carry
    /// their real fee: this is for the trader's eyes, never for the accounting.
    /// </summary>
    Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(VenueResult<AccountFeeRates?>.Ok(null));
}
