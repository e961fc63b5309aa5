using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Simulation.Matching;

/// <summary>The outcome of a submission: the order, or why the venue refused it outright.</summary>
public sealed record SubmitResult(SimOrder? Order, string? Error);

/// <summary>
/// The simulated venue's matching rules, shared by paper mode and the venue emulators: post-only is rejected when it
/// would cross, IOC never rests, market orders walk the book, resting orders fill from other traders' flow or when
/// the market trades through them, maker and taker fees by role. Thread-safe.
/// </summary>
public sealed partial class MatchingEngine
{
    private readonly object _gate = new();
    private readonly IMarket _model;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SimOrder> _byOrderId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string ClientId), SimOrder> _byClientId = [];
    private readonly List<SimOrder> _resting = [];
    private readonly Dictionary<string, List<Fill>> _fillsByOrder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _positions = new(StringComparer.Ordinal);
    private DateTimeOffset _lastStep;
    private long _orderSequence;
    private long _fillSequence;

    public MatchingEngine(IMarket model, FeeSchedule fees, TimeProvider time)
    {
        _model = model;
        Fees = fees;
        _time = time;
        _lastStep = time.GetUtcNow();
    }

    /// <summary>Raised for every order change and fill, under the engine's lock: handlers must only queue.</summary>
    public event Action<SimEvent>? EventRaised;

    public FeeSchedule Fees { get; }

    public MarketRules Rules => _model.Rules;

    public TopOfBook Top
    {
        get
        {
            lock (_gate)
            {
                AdvanceLocked(_time.GetUtcNow());
                return _model.Top();
            }
        }
    }

    public OrderBook Book(int depth)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            return _model.Book(depth);
        }
    }

    /// <summary>Runs the market's steps up to <paramref name="now"/>.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        lock (_gate)
        {
            AdvanceLocked(now);
        }
    }

    public SubmitResult Submit(string account, OrderRequest request)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            if (_byClientId.ContainsKey((account, request.ClientOrderId)))
            {
                return new SubmitResult(null, "DUPLICATED_CLIENT_ID");
            }

            if (request.Quantity <= 0 || _model.Rules.RoundSizeDown(request.Quantity) != request.Quantity)
            {
                return new SubmitResult(null, "INVALID_ORDER_SIZE");
            }

            if (request.Kind != OrderKind.Market && (request.Price is not { } price || price <= 0 || _model.Rules.RoundPrice(price) != price))
            {
                return new SubmitResult(null, "INVALID_PRICE");
            }

            var order = new SimOrder($"{++_orderSequence}", request, account, _time.GetUtcNow());
            _byOrderId.Add(order.OrderId, order);
            _byClientId.Add((account, request.ClientOrderId), order);
            _fillsByOrder.Add(order.OrderId, []);
            Execute(order);
            return new SubmitResult(order, null);
        }
    }

    /// <summary>Cancels a resting order; false when it is unknown or already finished.</summary>
    public bool Cancel(string account, string clientOrderId)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            if (!_byClientId.TryGetValue((account, clientOrderId), out var order) || order.Status.IsTerminal())
            {
                return false;
            }

            Finish(order, OrderStatus.Canceled, RejectReasons.UserCanceled);
            return true;
        }
    }

    public SimOrder? Find(string account, string clientOrderId)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            return _byClientId.GetValueOrDefault((account, clientOrderId));
        }
    }

    public IReadOnlyList<SimOrder> OpenOrders(string account)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            return _resting.Where(o => o.Account == account).ToList();
        }
    }

    public decimal Position(string account)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            return _positions.GetValueOrDefault(account);
        }
    }

    public IReadOnlyList<Fill> Fills(string account, string clientOrderId)
    {
        lock (_gate)
        {
            return _byClientId.TryGetValue((account, clientOrderId), out var order) ? _fillsByOrder[order.OrderId].ToList() : [];
        }
    }

    /// <summary>Every fill of an account, oldest first.</summary>
    public IReadOnlyList<Fill> AllFills(string account)
    {
        lock (_gate)
        {
            return _byOrderId.Values.Where(o => o.Account == account).SelectMany(o => _fillsByOrder[o.OrderId]).OrderBy(f => f.Time).ToList();
        }
    }

    private void AdvanceLocked(DateTimeOffset now)
    {
        var interval = _model.StepInterval;
        while (now - _lastStep >= interval)
        {
            _lastStep += interval;
            var flows = _model.Step();
            FillTradedThrough();
            foreach (var flow in flows)
            {
                FillFromFlow(flow);
            }
        }
    }

    private void Raise(SimEvent simEvent) => EventRaised?.Invoke(simEvent);
}
