namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// How the bot trades, one iteration at a time; the runner (<see cref="TradingBot"/>) does the rest: events,
/// reconciliation, guards, limits, drift checks, status and reports.
/// </summary>
public interface ITradingStrategy
{
    /// <summary>The --strategy name.</summary>
    string Name { get; }

    /// <summary>
    /// True when every cycle ends flat (boost): the run then owns the market's position, cancels what an earlier run
    /// left and closes any position at start-up and shutdown, and no close order rests between cycles.
    /// </summary>
    bool FlatBetweenCycles { get; }

    /// <summary>One iteration: wait, or open and close one cycle.</summary>
    Task RunIterationAsync(CancellationToken stopToken);

    /// <summary>
    /// Once the runner's venue is connected and checked, before its start-up reconcile: a strategy that trades another
    /// venue too connects, checks and reconciles it here (a <see cref="BotStartupException"/> stops the start).
    /// </summary>
    Task StartAsync() => Task.CompletedTask;

    /// <summary>
    /// First in the runner's shutdown, whatever stopped the run: a strategy that trades another venue leaves it flat
    /// here. Non-null says what may still be open there: the run then ends as halted.
    /// </summary>
    Task<string?> StopAsync() => Task.FromResult<string?>(null);

    /// <summary>The runner closed the whole position (a reconcile): nothing the strategy carried is left.</summary>
    void PositionFlattened()
    {
    }
}
