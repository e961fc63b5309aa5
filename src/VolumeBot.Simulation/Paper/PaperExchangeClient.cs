using System.Threading.Channels;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Paper;

/// <summary>
/// The paper venue: the bot's <see cref="IExchangeClient"/> over the matching engine, with a small latency on every
/// call and the market stepped by the clock in the background. No keys, no network.
/// </summary>
public sealed class PaperExchangeClient : IExchangeClient
{
    internal const string Account = "paper";
    private readonly MatchingEngine _engine;
    private readonly TimeProvider _time;
    private readonly TimeSpan _latency;
    private readonly IMarketDriver _driver;
    private readonly Channel<VenueEvent> _events = Channel.CreateUnbounded<VenueEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task? _stepping;

    public PaperExchangeClient(string venueName, MatchingEngine engine, TimeProvider time, TimeSpan latency, IMarketDriver driver)
    {
        VenueName = venueName;
        _engine = engine;
        _time = time;
        _latency = latency;
        _driver = driver;
        _engine.EventRaised += OnEngineEvent;
    }

    public string VenueName { get; }

    /// <summary>The paper account's margin headroom in quote currency (the venue emulators' funded account holds as much).</summary>
    public decimal FreeCollateral { get; init; } = 100_000m;
    internal MatchingEngine Engine => _engine;

    public ChannelReader<VenueEvent> Events => _events.Reader;

    public async Task<VenueResult<MarketRules>> ConnectAsync(CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        if (_stepping is null)
        {
            if (await _driver.StartAsync(cancellationToken) is { } error)
            {
                return error;
            }

            _stepping = _driver.RunAsync(() => _engine.AdvanceTo(_time.GetUtcNow()), _stop.Token);
        }

        return VenueResult<MarketRules>.Ok(_engine.Rules);
    }

    public async Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<TopOfBook>.Ok(_engine.Top);
    }

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<OrderBook>.Ok(_engine.Book(depth));
    }

    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        var result = _engine.Submit(Account, request);
        return result.Order is { } order
            ? VenueResult<OrderSnapshot>.Ok(order.ToSnapshot())
            : VenueResult<OrderSnapshot>.Fail(VenueErrorKind.InvalidRequest, result.Error ?? "rejected");
    }

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return _engine.Cancel(Account, clientOrderId)
            ? VenueResult<bool>.Ok(true)
            : VenueResult<bool>.Fail(VenueErrorKind.NotFound, $"order {clientOrderId} is not open");
    }

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return _engine.Find(Account, clientOrderId) is { } order
            ? VenueResult<OrderSnapshot>.Ok(order.ToSnapshot())
            : VenueResult<OrderSnapshot>.Fail(VenueErrorKind.NotFound, $"order {clientOrderId} not found");
    }

    public async Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<IReadOnlyList<OrderSnapshot>>.Ok(_engine.OpenOrders(Account).Select(o => o.ToSnapshot()).ToList());
    }

    public async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<PositionSnapshot>.Ok(new PositionSnapshot(_engine.Position(Account)));
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<IReadOnlyList<Fill>>.Ok(_engine.Fills(Account, clientOrderId));
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<IReadOnlyList<Fill>>.Ok(_engine.AllFills(Account).Where(f => f.Time >= since).ToList());
    }

    /// <summary>The paper account pays the run's paper fee profile.</summary>
    public Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(VenueResult<AccountFeeRates?>.Ok(new AccountFeeRates(_engine.Fees.MakerRate, _engine.Fees.TakerRate, $"paper fee profile {_engine.Fees.Profile}")));

    public async Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken)
    {
        await LatencyAsync(cancellationToken);
        return VenueResult<AccountCapacity>.Ok(new AccountCapacity(FreeCollateral));
    }

    public async ValueTask DisposeAsync()
    {
        _engine.EventRaised -= OnEngineEvent;
        _stop.Cancel(); // inline: on a virtual clock the stepping loop must end on the simulation's own thread
        if (_stepping is not null)
        {
            try
            {
                await _stepping;
            }
            catch (OperationCanceledException)
            {
                // stepping ends by cancellation
            }
        }

        _stop.Dispose();
        _events.Writer.TryComplete();
        if (_driver is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private void OnEngineEvent(SimEvent simEvent)
    {
        if (simEvent.Account != Account)
        {
            return;
        }

        VenueEvent venueEvent = simEvent switch
        {
            SimOrderChanged changed => new OrderUpdated(changed.Order),
            SimFillHappened fill => new FillReported(fill.Fill),
            _ => throw new InvalidOperationException($"unknown simulation event {simEvent}"),
        };
        _events.Writer.TryWrite(venueEvent);
    }

    private Task LatencyAsync(CancellationToken cancellationToken) =>
        _latency > TimeSpan.Zero ? Task.Delay(_latency, _time, cancellationToken) : Task.CompletedTask;
}
