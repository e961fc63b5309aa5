using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Trading.Strategies;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>What the runner lends its strategy.</summary>
public sealed partial class TradingBot : IStrategyHost
{
    BotSettings IStrategyHost.Settings => _settings;

    BotTimings IStrategyHost.Timings => _timings;

    TimeProvider IStrategyHost.Time => _time;

    ActivityLog IStrategyHost.Log => _log;

    OrderDesk IStrategyHost.Desk => _desk;

    MarketReader IStrategyHost.Market => _market;

    PostOnlyPlacer IStrategyHost.Placer => _placer;

    ICloseTactic IStrategyHost.Close => _closeTactic;

    ICloseTactic IStrategyHost.Flatten => _flattener;

    WaitNotice IStrategyHost.Waits => Waits;

    int IStrategyHost.CyclesStarted
    {
        get => _cyclesStarted;
        set => _cyclesStarted = value;
    }

    CancellationTokenSource IStrategyHost.IterationStop(CancellationToken stopToken) => IterationStop(stopToken);

    Task<bool> IStrategyHost.PriceConditionsAllowTradingAsync(CancellationToken stopToken) => PriceConditionsAllowTradingAsync(stopToken);

    Task<bool> IStrategyHost.StatusIfDueAsync(IReadOnlyList<OrderSnapshot> closeOrders) => StatusIfDueAsync(closeOrders);

    /// <summary>The one place a cycle begins: every gate a cycle must pass before its open is placed goes here.</summary>
    async Task<bool> IStrategyHost.MayBeginCycleAsync(decimal quantity, CancellationToken stopToken)
    {
        var every = _timings.ReconcileInterval < _timings.StatusInterval ? _timings.ReconcileInterval : _timings.StatusInterval;
        await CycleGate.WaitUntilOpenAsync(WhileCycleWaitsAsync, every, stopToken);
        return !stopToken.IsCancellationRequested && _stopReason is null && await CycleFitsMaxLossAsync(quantity, stopToken);
    }

    Task<List<OrderSnapshot>?> IStrategyHost.ActiveCloseOrdersAsync() => ActiveCloseOrdersAsync();

    bool IStrategyHost.IsCycleCompleted(TrackedOrder takeProfit) => IsCompleted(takeProfit);

    bool IStrategyHost.LimitReached() => LimitReached();

    void IStrategyHost.Halt(string detail) => Stop(StopReason.Halted, detail);

    Task IStrategyHost.DelayAsync(TimeSpan delay, CancellationToken stopToken) => DelayAsync(delay, stopToken);
}
