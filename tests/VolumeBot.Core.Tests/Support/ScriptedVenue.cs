using System.Threading.Channels;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Support;

/// <summary>
/// A venue whose every answer the test can script: book, fills, races, silent streams and failures. Defaults behave
/// like an honest venue: post-only rests unless it crosses, IOC and market orders fill at the touch.
/// </summary>
public sealed class ScriptedVenue : IExchangeClient
{
    private readonly Channel<VenueEvent> _events = Channel.CreateUnbounded<VenueEvent>();
    private readonly Dictionary<string, OrderSnapshot> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Fill>> _fills = new(StringComparer.Ordinal);
    private int _sequence;

    public string VenueName => "scripted";

    /// <summary>The account key every scripted venue starts with, for ids "an earlier run" placed.</summary>
    public static byte[] DefaultKey { get; } = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public byte[]? ClientOrderIdKey { get; set; } = DefaultKey;

    public MarketRules Rules { get; set; } = new("TEST-USD-PERP", 0.1m, 0.1m, 0.1m, 0m);

    public TopOfBook Top { get; set; } = new(100.0m, 100.5m);

    public OrderBook? Book { get; set; }

    public decimal Position { get; set; }

    /// <summary>The venue's clock for fill times; the Unix epoch when none is set.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>True loses the fill messages of the stream (order updates still come); REST still has the fills.</summary>
    public bool DropFillEvents { get; set; }

    /// <summary>False makes the stream silent: nothing is pushed, REST still answers.</summary>
    public bool StreamEvents { get; set; } = true;

    public List<OrderRequest> Placed { get; } = [];

    /// <summary>True: the venue is gone, every call after connecting answers nothing (503; a submission's outcome unknown).</summary>
    public bool Down { get; set; }

    /// <summary>Calls made while <see cref="Down"/>.</summary>
    public int CallsWhileDown { get; private set; }

    public List<string> CancelRequests { get; } = [];

    public int OrderQueries { get; private set; }

    /// <summary>Returns a result to override the default handling of a submission, or null to let it run.</summary>
    public Func<OrderRequest, VenueResult<OrderSnapshot>?>? OnPlace { get; set; }

    /// <summary>How an IOC fills: (quantity, price); default all at its limit.</summary>
    public Func<OrderRequest, (decimal Quantity, decimal Price)>? IocFill { get; set; }

    /// <summary>How a market order fills: (quantity, price); default all at the touch.</summary>
    public Func<OrderRequest, (decimal Quantity, decimal Price)>? MarketFill { get; set; }

    public Func<string, VenueResult<bool>?>? OnCancel { get; set; }

    /// <summary>True for a submission the venue accepts but whose answer is lost (a timeout after acceptance).</summary>
    public Func<OrderRequest, bool>? LoseAnswer { get; set; }

    public Func<string, VenueResult<OrderSnapshot>?>? OnGetOrder { get; set; }

    public Func<VenueResult<PositionSnapshot>?>? OnGetPosition { get; set; }

    public List<OrderSnapshot> ExtraOpenOrders { get; } = [];

    /// <summary>Rewrites the open-orders listing (what the venue would list is passed in).</summary>
    public Func<IReadOnlyList<OrderSnapshot>, IReadOnlyList<OrderSnapshot>>? OnGetOpenOrders { get; set; }

    /// <summary>Fills made before this run (an earlier run's, or someone else's on the account), in the fill history.</summary>
    public List<Fill> EarlierFills { get; } = [];

    public Func<DateTimeOffset, VenueResult<IReadOnlyList<Fill>>?>? OnGetFillsSince { get; set; }

    public int FillHistoryReads { get; private set; }

    public decimal FreeCollateral { get; set; } = 1_000_000m;

    public Func<VenueResult<AccountCapacity>?>? OnGetCapacity { get; set; }

    public ChannelReader<VenueEvent> Events => _events.Reader;

    public OrderSnapshot Order(string clientOrderId) => _orders[clientOrderId];

    /// <summary>An id an earlier run of the bot on this account would have used.</summary>
    public string EarlierRunId(int seed = 99) => new ClientOrderIds(ClientOrderIdKey, new Random(seed)).Next();

    public IReadOnlyList<OrderRequest> PlacedOf(OrderKind kind) => Placed.Where(p => p.Kind == kind).ToList();

    public Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken) => Task.FromResult(VenueResult<MarketRules>.Ok(Rules));

    public Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken) => Task.FromResult(Silent<TopOfBook>() ?? VenueResult<TopOfBook>.Ok(Top));

    public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) =>
        Task.FromResult(Silent<OrderBook>() ?? VenueResult<OrderBook>.Ok(Book ?? new OrderBook([new BookLevel(Top.BestBid, 1_000m)], [new BookLevel(Top.BestAsk, 1_000m)])));

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Silent<OrderSnapshot>(VenueErrorKind.UnknownOutcome) is { } silent)
        {
            return silent;
        }

        Placed.Add(request);
        if (OnPlace?.Invoke(request) is { } scripted)
        {
            if (scripted.IsSuccess)
            {
                _orders[request.ClientOrderId] = scripted.Value;
                _fills.TryAdd(request.ClientOrderId, []);
            }

            return scripted;
        }

        var snapshot = new OrderSnapshot(request.ClientOrderId, $"v{++_sequence}", request.Side, request.Kind, request.Quantity, request.Price, OrderStatus.Open, 0m, null);
        _orders[request.ClientOrderId] = snapshot;
        _fills[request.ClientOrderId] = [];
        switch (request.Kind)
        {
            case OrderKind.PostOnly when request.Side == Side.Buy ? request.Price >= Top.BestAsk : request.Price <= Top.BestBid:
                return VenueResult<OrderSnapshot>.Ok(Update(request.ClientOrderId, s => s with { Status = OrderStatus.Rejected, CancelReason = "POST_ONLY_WOULD_CROSS" }));
            case OrderKind.ImmediateOrCancel:
                Take(request, IocFill?.Invoke(request) ?? (request.Quantity, request.Price!.Value));
                break;
            case OrderKind.Market:
                Take(request, MarketFill?.Invoke(request) ?? (request.Quantity, Top.Touch(request.Side)));
                break;
            default:
                Emit(new OrderUpdated(snapshot));
                break;
        }

        return LoseAnswer?.Invoke(request) == true
            ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.UnknownOutcome, "timeout")
            : VenueResult<OrderSnapshot>.Ok(_orders[request.ClientOrderId]);
    }

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Silent<bool>() is { } silent)
        {
            return silent;
        }

        CancelRequests.Add(clientOrderId);
        if (OnCancel?.Invoke(clientOrderId) is { } scripted)
        {
            return scripted;
        }

        if (!_orders.TryGetValue(clientOrderId, out var order) || order.Status.IsTerminal())
        {
            return VenueResult<bool>.Fail(VenueErrorKind.NotFound, "ORDER_IS_CLOSED");
        }

        Update(clientOrderId, s => s with { Status = OrderStatus.Canceled, CancelReason = "USER_CANCELED" });
        return VenueResult<bool>.Ok(true);
    }

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Silent<OrderSnapshot>() is { } silent)
        {
            return silent;
        }

        OrderQueries++;
        if (OnGetOrder?.Invoke(clientOrderId) is { } scripted)
        {
            return scripted;
        }

        return _orders.TryGetValue(clientOrderId, out var order)
            ? VenueResult<OrderSnapshot>.Ok(order)
            : VenueResult<OrderSnapshot>.Fail(VenueErrorKind.NotFound, "ORDER_ID_NOT_FOUND");
    }

    public Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        if (Silent<IReadOnlyList<OrderSnapshot>>() is { } silent)
        {
            return Task.FromResult(silent);
        }

        IReadOnlyList<OrderSnapshot> open = _orders.Values.Where(o => !o.Status.IsTerminal()).Concat(ExtraOpenOrders).ToList();
        return Task.FromResult(VenueResult<IReadOnlyList<OrderSnapshot>>.Ok(OnGetOpenOrders?.Invoke(open) ?? open));
    }

    public Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Silent<PositionSnapshot>() ?? OnGetPosition?.Invoke() ?? VenueResult<PositionSnapshot>.Ok(new PositionSnapshot(Position)));

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        if (Silent<IReadOnlyList<Fill>>() is { } silent)
        {
            return Task.FromResult(silent);
        }

        IReadOnlyList<Fill> fills = _fills.TryGetValue(clientOrderId, out var list) ? list.ToList() : [];
        return Task.FromResult(VenueResult<IReadOnlyList<Fill>>.Ok(fills));
    }

    public Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (Silent<IReadOnlyList<Fill>>() is { } silent)
        {
            return Task.FromResult(silent);
        }

        FillHistoryReads++;
        if (OnGetFillsSince?.Invoke(since) is { } scripted)
        {
            return Task.FromResult(scripted);
        }

        IReadOnlyList<Fill> fills = EarlierFills.Concat(_fills.Values.SelectMany(f => f)).Where(f => f.Time >= since).OrderBy(f => f.Time).ToList();
        return Task.FromResult(VenueResult<IReadOnlyList<Fill>>.Ok(fills));
    }

    public Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Silent<AccountCapacity>() ?? OnGetCapacity?.Invoke() ?? VenueResult<AccountCapacity>.Ok(new AccountCapacity(FreeCollateral)));

    /// <summary>The account's fee rates the venue reports; null (the default) for a venue that does not say.</summary>
    public AccountFeeRates? FeeRates { get; set; }

    /// <summary>Overrides the fee-rate read (a failure, or a throw); null answers with <see cref="FeeRates"/>.</summary>
    public Func<VenueResult<AccountFeeRates?>>? OnGetFeeRates { get; set; }

    /// <summary>How many orders had been placed when the bot read the fee rates; null until it does.</summary>
    public int? PlacedWhenFeeRatesRead { get; private set; }

    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken)
    {
        PlacedWhenFeeRatesRead ??= Placed.Count;
        return Task.FromResult(OnGetFeeRates?.Invoke() ?? VenueResult<AccountFeeRates?>.Ok(FeeRates));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private VenueResult<T>? Silent<T>(VenueErrorKind kind = VenueErrorKind.Unavailable)
    {
        if (!Down)
        {
            return null;
        }

        CallsWhileDown++;
        return VenueResult<T>.Fail(kind, "503 Service Unavailable");
    }

    /// <summary>Fills (part of) a resting order as the venue would, pushing the fill and the order update.</summary>
    public void Fill(string clientOrderId, decimal quantity, decimal? price = null, LiquidityRole role = LiquidityRole.Maker, decimal? fee = null)
    {
        var order = _orders[clientOrderId];
        var fillPrice = price ?? order.Price!.Value;
        var fill = new Fill($"f{++_sequence}", order.VenueOrderId, clientOrderId, order.Side, quantity, fillPrice, fee ?? quantity * fillPrice * 0.0001m, role, Clock?.GetUtcNow() ?? DateTimeOffset.UnixEpoch);
        _fills[clientOrderId].Add(fill);
        Position += order.Side.Sign() * quantity;
        if (!DropFillEvents)
        {
            Emit(new FillReported(fill));
        }
        var filled = order.FilledQuantity + quantity;
        var average = ((order.AverageFillPrice ?? 0m) * order.FilledQuantity + fillPrice * quantity) / filled;
        Update(clientOrderId, s => s with
        {
            FilledQuantity = filled,
            AverageFillPrice = average,
            Status = filled >= s.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
        });
    }

    /// <summary>Changes an order on the venue and pushes the update.</summary>
    public OrderSnapshot Update(string clientOrderId, Func<OrderSnapshot, OrderSnapshot> change)
    {
        var updated = change(_orders[clientOrderId]);
        _orders[clientOrderId] = updated;
        Emit(new OrderUpdated(updated));
        return updated;
    }

    public void Emit(VenueEvent venueEvent)
    {
        if (StreamEvents)
        {
            _events.Writer.TryWrite(venueEvent);
        }
    }

    private void Take(OrderRequest request, (decimal Quantity, decimal Price) fill)
    {
        if (fill.Quantity > 0)
        {
            Fill(request.ClientOrderId, fill.Quantity, fill.Price, LiquidityRole.Taker);
        }

        if (_orders[request.ClientOrderId].Status != OrderStatus.Filled)
        {
            Update(request.ClientOrderId, s => s with { Status = OrderStatus.Canceled, CancelReason = "IOC" });
        }
    }
}
