using System.Threading.Channels;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Signing;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

/// <summary>An account event to push: which market, and what the engine (or the emulator) said.</summary>
internal sealed record ExchangeEvent(EmulatedMarket Market, SimEvent Event);

/// <summary>
/// The emulator's venue state: accounts, markets on the shared matching engine, and the accepted orders by id and
/// by client id. Engine events are queued (the engine raises them under its lock) for the WebSocket hub.
/// </summary>
internal sealed class EmulatedExchange : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatedOrder> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string ClientId), EmulatedOrder> _byClientId = [];
    private readonly List<EmulatedOrder> _orders = [];
    private readonly Dictionary<string, ParadexEmulatorAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Channel<ExchangeEvent> _events = Channel.CreateUnbounded<ExchangeEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _stepping;
    private long _syntheticSequence;

    public EmulatedExchange(ParadexEmulatorOptions options)
    {
        Options = options;
        Time = options.Time;
        Domain = new ParadexDomain(options.ChainId);
        ClassHashes = new ParaclearClassHashes(Felt.ParseHex(options.AccountClassHash), Felt.ParseHex(options.ProxyClassHash));
        Faults = new ParadexFaults(Time);
        Retail = new RetailOrderDesk(options.RetailLimits);
        Markets = options.Markets.Select((m, i) => CreateMarket(i, m, options)).ToList();
        _stepping = StepMarketsAsync(options.StepTimer, _stop.Token);
    }

    public ParadexEmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public ParadexDomain Domain { get; }

    public ParaclearClassHashes ClassHashes { get; }

    public ParadexFaults Faults { get; }

    public RetailOrderDesk Retail { get; }

    /// <summary>A fill's fee as the wire carries it: none for a Retail order's fill, rounded to 8 decimals otherwise.</summary>
    public Fill WithWireFee(string account, Fill fill) =>
        fill with { Fee = fill.ClientOrderId is { } id && Find(account, id) is { Retail: true } ? 0m : ParadexWire.WireFee(fill) };

    public IReadOnlyList<EmulatedMarket> Markets { get; }

    public ChannelReader<ExchangeEvent> Events => _events.Reader;

    public long NowMs => Time.GetUtcNow().ToUnixTimeMilliseconds();

    public EmulatedMarket? Market(string? symbol) => Markets.FirstOrDefault(m => m.Symbol == symbol);

    public ParadexEmulatorAccount AddAccount(string privateKeyHex, string l1Address, bool onboarded)
    {
        var account = new ParadexEmulatorAccount(privateKeyHex, l1Address, ClassHashes, onboarded);
        lock (_gate)
        {
            _accounts[account.Id] = account;
        }

        return account;
    }

    public ParadexEmulatorAccount? Account(string? address)
    {
        if (!Felt.TryParseHex(address, out var felt))
        {
            return null;
        }

        lock (_gate)
        {
            return _accounts.GetValueOrDefault(felt.ToHexString());
        }
    }

    /// <summary>
    /// Accepts an order: into the engine, or closed at once with a cancel reason as Paradex does after its risk checks:
    /// ORDER_SIZE_BELOW_MIN when the notional at the mark price is under the market's minimum (reduce-only orders
    /// are exempt), or the rejection a fault asks for.
    /// </summary>
    public (EmulatedOrder? Order, string? Error) Submit(string account, EmulatedMarket market, string wireClientId, OrderRequest request, long signatureTimestampMs, bool retail = false)
    {
        var engineClientId = wireClientId.Length > 0 ? wireClientId : $"~{Interlocked.Increment(ref _syntheticSequence)}";
        var order = new EmulatedOrder(account, market, wireClientId, engineClientId, request with { ClientOrderId = engineClientId }, NowMs, signatureTimestampMs) { Retail = retail };
        lock (_gate)
        {
            if (_byClientId.ContainsKey((account, engineClientId)))
            {
                return (null, "DUPLICATED_CLIENT_ID");
            }

            _byClientId[(account, engineClientId)] = order; // before the engine runs: its events look the order up
        }

        var rejection = !request.ReduceOnly && request.Quantity * market.MarkPrice < market.Options.MinNotional
            ? OrderSizeBelowMin
            : Faults.TakeOrderRejection(request.Side);
        if (rejection is null && request.Kind == OrderKind.PostOnly && Faults.TryTakePostOnlyRejection())
        {
            rejection = RejectReasons.PostOnlyWouldCross;
        }

        if (rejection is not null)
        {
            return (CloseAtOnce(order, market, rejection), null);
        }

        var result = market.Engine.Submit(account, order.Request);
        if (result.Order is not { } simOrder)
        {
            lock (_gate)
            {
                _byClientId.Remove((account, engineClientId));
            }

            return (null, result.Error);
        }

        order.SimOrder = simOrder;
        order.Id = market.WireId(simOrder.OrderId);
        Register(order);
        return (order, null);
    }

    public EmulatedOrder? Find(string account, string clientId)
    {
        lock (_gate)
        {
            return _byClientId.GetValueOrDefault((account, clientId));
        }
    }

    public EmulatedOrder? FindById(string account, string id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out var order) && order.Account == account ? order : null;
        }
    }

    public IReadOnlyList<EmulatedOrder> Orders(string? account = null)
    {
        lock (_gate)
        {
            return _orders.Where(o => account is null || o.Account == account).ToList();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _stepping.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // stepping ends by cancellation
        }

        _stop.Dispose();
        _events.Writer.TryComplete();
    }

    private const string OrderSizeBelowMin = "ORDER_SIZE_BELOW_MIN";

    private EmulatedOrder CloseAtOnce(EmulatedOrder order, EmulatedMarket market, string reason)
    {
        var request = order.Request;
        order.Id = $"9{Interlocked.Increment(ref _syntheticSequence):D15}";
        order.Fixed = new OrderSnapshot(order.EngineClientId, order.Id, request.Side, request.Kind, request.Quantity, request.Price, OrderStatus.Rejected, 0m, null, reason, "CLOSED");
        Register(order);
        _events.Writer.TryWrite(new ExchangeEvent(market, new SimOrderChanged(order.Account, order.Fixed)));
        return order;
    }

    private void Register(EmulatedOrder order)
    {
        lock (_gate)
        {
            _byId[order.Id] = order;
            _orders.Add(order);
        }
    }

    private EmulatedMarket CreateMarket(int index, MarketModelOptions options, ParadexEmulatorOptions emulator)
    {
        var engine = new MatchingEngine(new MarketModel(emulator.CalibratedVolatility ? options : options with { DailyVolatilityPercent = null }, emulator.Seed + index), emulator.Fees, emulator.Time);
        var market = new EmulatedMarket(index, options, engine);
        engine.EventRaised += e => _events.Writer.TryWrite(new ExchangeEvent(market, e));
        return market;
    }

    private async Task StepMarketsAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var market in Markets)
            {
                market.Engine.AdvanceTo(Time.GetUtcNow());
            }
        }
    }
}
