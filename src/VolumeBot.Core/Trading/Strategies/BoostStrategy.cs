namespace VolumeBot.Core.Trading.Strategies;

/// <summary>Boost mode: open post-only, close the filled size at once by the --close tactic, then wait --wait-time.</summary>
public sealed class BoostStrategy : ITradingStrategy
{
    private readonly IStrategyHost _host;
    private readonly OpenCycle _open;
    private decimal _dust;

    public BoostStrategy(IStrategyHost host)
    {
        _host = host;
        _open = new OpenCycle(host);
    }

    public string Name => "boost";

    public bool FlatBetweenCycles => true;

    public void PositionFlattened() => _dust = 0m;

    public async Task RunIterationAsync(CancellationToken stopToken)
    {
        var host = _host;
        var settings = host.Settings;
        using var iteration = host.IterationStop(stopToken);
        stopToken = iteration.Token;
        if (!await host.PriceConditionsAllowTradingAsync(stopToken) || !await host.StatusIfDueAsync([])
            || !await host.MayBeginCycleAsync(settings.Quantity + _dust, stopToken))
        {
            return;
        }

        var open = await _open.RunAsync(settings.Quantity, stopToken);
        var cycle = host.CyclesStarted;
        if (open.Filled > 0)
        {
            var quantity = open.Filled + _dust;
            _dust = 0m;
            var report = await host.Close.CloseAsync(settings.CloseSide, quantity, cycle, OrderPurpose.Close);
            _dust = report.Dust;
            if (!report.IsComplete)
            {
                host.Statistics.CloseFailed();
                host.Halt($"close of cycle {cycle} failed: {report.Remaining} of {report.Requested} still open ({report.FailureReason})");
                return;
            }

            host.Statistics.CycleCompleted();
        }

        host.Desk.Tracker.ForgetSettled();
        if (open.Unsettled)
        {
            host.Halt($"the venue could not confirm the state of open order {open.Order?.ClientOrderId}");
            return;
        }

        if (open.Filled > 0)
        {
            if (!host.LimitReached())
            {
                host.Waits.Until(host.Time.GetUtcNow() + settings.WaitTime, $"--wait-time {settings.WaitTime.TotalSeconds} s between cycles");
                await host.DelayAsync(settings.WaitTime, stopToken);
            }
        }
        else if (open.Order is null)
        {
            await host.DelayAsync(host.Timings.RecheckInterval, stopToken); // nothing placed: do not spin on a failing venue
        }
    }
}
