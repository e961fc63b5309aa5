using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>What the runner lends a strategy: the desk, the placer, the close tactic, and the run's guards and limits.</summary>
public interface IStrategyHost
{
    BotSettings Settings { get; }

    BotTimings Timings { get; }

    TimeProvider Time { get; }

    ActivityLog Log { get; }

    MarketRules Rules { get; }

    OrderDesk Desk { get; }

    MarketReader Market { get; }

    PostOnlyPlacer Placer { get; }

    /// <summary>How a filled size is closed (--close).</summary>
    ICloseTactic Close { get; }

    RunStatistics Statistics { get; }

    /// <summary>Every fill of the run on the runner's venue, as it is recorded.</summary>
    CostLedger Ledger { get; }

    /// <summary>Closes a position at once (taker), as start-up and shutdown do, whatever --close says.</summary>
    ICloseTactic Flatten { get; }

    /// <summary>The second venue of hedged farming (--hedge-exchange); null otherwise.</summary>
    Hedging.HedgeVenue? Hedge { get; }

    WaitNotice Waits { get; }

    /// <summary>Opens that filled: the number of the cycle in progress, as the CSV's Cycle column shows it.</summary>
    int CyclesStarted { get; set; }

    /// <summary>The trader's stop, or a limit reached by a fill, for one iteration.</summary>
    CancellationTokenSource IterationStop(CancellationToken stopToken);

    /// <summary>Stop price and pause price; false (after a wait) when no order may open now.</summary>
    Task<bool> PriceConditionsAllowTradingAsync(CancellationToken stopToken);

    /// <summary>The periodic status line and drift check with these resting close orders; false when trading must stop.</summary>
    Task<bool> StatusIfDueAsync(IReadOnlyList<OrderSnapshot> closeOrders);

    /// <summary>The one gate every cycle passes just before its open is placed; false when it must not begin.</summary>
    Task<bool> MayBeginCycleAsync(decimal quantity, CancellationToken stopToken);

    /// <summary>Resting close orders: the venue's listing plus the bot's own take-profits it does not show yet.</summary>
    Task<List<OrderSnapshot>?> ActiveCloseOrdersAsync();

    /// <summary>True once a take-profit's fills completed its cycle.</summary>
    bool IsCycleCompleted(TrackedOrder takeProfit);

    bool LimitReached();

    /// <summary>Stops the run as halted, with an alert: the position may need the trader.</summary>
    void Halt(string detail);

    Task DelayAsync(TimeSpan delay, CancellationToken stopToken);
}
