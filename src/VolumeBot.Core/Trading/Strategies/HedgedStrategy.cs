using System.Globalization;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Hedging;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// --hedge-exchange (issue 15): farm two venues at once, hedged. A cycle opens post-only on the runner's venue; every
/// fill of the open is hedged at once on the other venue (<see cref="FillHedger"/>); both legs are held --hold-time
/// (open interest on both venues); then the runner's leg is unwound by the maker-first tactic and its taker fallback,
/// each of its fills followed at once on the hedge venue, so net exposure stays within one fill.
/// A hedge that cannot complete, an unwind that fails or a venue that refuses the bot flattens both venues at once and
/// halts the run (exit code 1) with an alert saying what is open where. A stop (Ctrl-C) cuts the hold short and leaves
/// the flattening to the shutdown: the runner closes its venue, <see cref="StopAsync"/> the hedge venue.
/// </summary>
public sealed class HedgedStrategy : ITradingStrategy
{
    private readonly IStrategyHost _host;
    private readonly OpenCycle _open;
    private DateTimeOffset _startedAt;
    private string? _runnerDown;

    public HedgedStrategy(IStrategyHost host)
    {
        _host = host;
        _open = new OpenCycle(host);
    }

    public string Name => "hedge";

    public bool FlatBetweenCycles => true;

    private HedgeVenue Hedge => _host.Hedge ?? throw new BotStartupException("--strategy hedge needs a hedge venue (--hedge-exchange)");

    public async Task StartAsync()
    {
        _startedAt = _host.Time.GetUtcNow();
        await Hedge.StartAsync();
        var s = _host.Settings;
        _host.Log.Info($"Strategy: hedged, open post-only on {s.Venue}, each fill hedged on {Hedge.Name} ({Hedge.Rules.Symbol}) by {Hedge.Hedger.Name}, held {s.HoldTime.TotalSeconds} s, unwound by {_host.Close.Name} on {s.Venue} with each fill followed on {Hedge.Name} by {Hedge.Follower.Name}");
    }

    public async Task<string?> StopAsync()
    {
        if (_host.Hedge is not { Connected: true } hedge)
        {
            return null;
        }

        var flat = await hedge.StopAsync(_host.Time.GetUtcNow() - _startedAt);
        LogCombined(hedge);
        return flat ? null : $"the position on {hedge.Name} could not be closed at shutdown ({hedge.HaltReason ?? "see its log"}); {await OpenWhereAsync()}";
    }

    public async Task RunIterationAsync(CancellationToken stopToken)
    {
        try
        {
            await RunCycleAsync(stopToken);
        }
        catch (VenueRefusalException refusal) when (refusal.Error.Kind == Venue.VenueErrorKind.NotAnswering)
        {
            // only the runner's venue throws here: the hedge venue's refusals are caught where they are met
            _runnerDown = refusal.Error.Message;
            await HaltFlatAsync($"{_host.Settings.Venue} stopped answering ({refusal.Error.Message})", _host.Ledger.NetPosition, Hedge.Ledger.NetPosition);
        }
    }

    private async Task RunCycleAsync(CancellationToken stopToken)
    {
        var host = _host;
        var settings = host.Settings;
        var hedge = Hedge;
        var traderStop = stopToken; // a limit reached by a fill stops the open, not the hold and unwind of what filled
        using var iteration = host.IterationStop(stopToken);
        stopToken = iteration.Token;
        if (hedge.HaltReason is { } halted)
        {
            await HaltFlatAsync($"{hedge.Name} refused the bot ({halted})", host.Ledger.NetPosition, 0);
            return;
        }

        if (!await host.PriceConditionsAllowTradingAsync(stopToken) || !await host.StatusIfDueAsync([])
            || !await host.MayBeginCycleAsync(settings.Quantity, stopToken))
        {
            return;
        }

        // the runner checks its own venue between cycles; the hedge venue must be flat too before a cycle begins
        var hedgePosition = await hedge.ReadPositionAsync();
        if (hedgePosition is not { } flat || Math.Abs(flat) >= hedge.Rules.MinSize / 2)
        {
            await HaltFlatAsync($"{hedge.Name} shows a position of {(hedgePosition is { } p ? Size(p) : "unknown (it did not answer)")} between cycles, where it should be flat", 0, hedgePosition ?? 0);
            return;
        }

        var cycle = host.CyclesStarted + 1;
        Placing.Placement open;
        decimal filled, hedged;
        string? failure;
        using (var hedger = new FillHedger(host.Ledger, hedge, settings.Direction, cycle))
        {
            var hedging = hedger.RunAsync();
            try
            {
                open = await _open.RunAsync(settings.Quantity, stopToken);
            }
            finally
            {
                hedger.OpenSettled(); // what filled is hedged even when the open ended by a refusal
                await hedging;
            }

            (filled, hedged, failure) = (hedger.Filled, hedger.Hedged, hedger.Failure);
        }

        host.Desk.Tracker.ForgetSettled();
        if (failure is not null || open.Unsettled)
        {
            host.Statistics.CloseFailed();
            await HaltFlatAsync(failure ?? $"the venue could not confirm the state of open order {open.Order?.ClientOrderId}", filled, hedged);
            return;
        }

        if (filled == 0)
        {
            if (open.Order is null)
            {
                await host.DelayAsync(host.Timings.RecheckInterval, stopToken); // nothing placed: do not spin on a failing venue
            }

            return;
        }

        host.Log.Info($"[HEDGE] Cycle {cycle}: {filled} on {settings.Venue} hedged by {hedged} on {hedge.Name}; holding {settings.HoldTime.TotalSeconds} s");
        if (await HoldAsync(hedged, traderStop) is { } wrong)
        {
            await HaltFlatAsync(wrong, filled, hedged);
            return;
        }

        if (traderStop.IsCancellationRequested)
        {
            return; // the shutdown closes both legs at once
        }

        await UnwindAsync(cycle, filled, hedged);
    }

    /// <summary>
    /// Holds both legs --hold-time, checking the hedge venue every reconcile interval and after either venue's stream
    /// came back; what is wrong there (a refusal, no answer, a position that is not the hedge leg), or null.
    /// </summary>
    private async Task<string?> HoldAsync(decimal hedged, CancellationToken stop)
    {
        var host = _host;
        var hedge = Hedge;
        var expected = host.Settings.Direction == Venue.Side.Buy ? -hedged : hedged;
        var end = host.Time.GetUtcNow() + host.Settings.HoldTime;
        while (!stop.IsCancellationRequested && hedge.HaltReason is null && host.Time.GetUtcNow() is var now && now < end)
        {
            var wait = end - now < host.Timings.ReconcileInterval ? end - now : host.Timings.ReconcileInterval;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stop, hedge.HaltedToken);
            var requested = hedge.NextCheckRequestAsync(wake.Token);
            var elapsed = host.DelayAsync(wait, wake.Token);
            await Task.WhenAny(requested, elapsed);
            wake.Cancel(); // inline, so the other wait ends on this thread
            await Ended(requested);
            await Ended(elapsed);
            var why = requested.IsCompletedSuccessfully ? requested.Result // a request is never dropped unchecked
                : host.Time.GetUtcNow() < end ? "periodic check during the hold" : null;
            if (why is not null && !stop.IsCancellationRequested && hedge.HaltReason is null && await hedge.CheckHeldAsync(expected, why) is { } wrong)
            {
                return wrong;
            }
        }

        return hedge.HaltReason is { } refused ? $"{hedge.Name} refused the bot while the legs were held ({refused})" : null;
    }

    private static async Task Ended(Task wait)
    {
        try
        {
            await wait;
        }
        catch (OperationCanceledException)
        {
            // the other wait ended first
        }
    }

    /// <summary>
    /// Both legs closed together with net exposure bounded by one fill: the runner's leg rests maker-first, and each of
    /// its fills is followed at once on the hedge venue (<see cref="FillHedger.ForUnwind"/>). When the hedge leg cannot
    /// follow, the runner's leg stops resting and is taken at once, and both are flattened and the run halts.
    /// </summary>
    private async Task UnwindAsync(int cycle, decimal filled, decimal hedged)
    {
        var host = _host;
        var hedge = Hedge;
        CloseReport primaryReport;
        decimal followed;
        string? hedgeFailure;
        using (var follower = FillHedger.ForUnwind(host.Ledger, hedge, host.Settings.CloseSide, cycle, hedged))
        using (var takeNow = CancellationTokenSource.CreateLinkedTokenSource(follower.FailedToken, hedge.HaltedToken))
        {
            var following = follower.RunAsync();
            try
            {
                primaryReport = await host.Close.CloseAsync(host.Settings.CloseSide, filled, cycle, OrderPurpose.Close, takeNow.Token);
            }
            finally
            {
                follower.OpenSettled();
                await following;
            }

            (followed, hedgeFailure) = (follower.Hedged, follower.Failure);
        }

        var hedgeLeft = hedged - followed;
        if (primaryReport.IsComplete && hedgeFailure is null && hedgeLeft >= hedge.Rules.MinSize)
        {
            hedgeFailure = await CloseRestAsync(cycle, hedgeLeft); // sizes the hedge venue could not follow piece by piece
        }

        if (primaryReport.IsComplete && hedgeFailure is null)
        {
            host.Statistics.CycleCompleted();
            hedge.Statistics.CycleCompleted();
            return;
        }

        host.Statistics.CloseFailed();
        var why = hedgeFailure is not null
            ? $"the unwind of cycle {cycle} on {hedge.Name} could not follow: {hedgeFailure}"
            : $"the unwind of cycle {cycle} on {host.Settings.Venue} left {primaryReport.Remaining} of {filled} open ({primaryReport.FailureReason})";
        await HaltFlatAsync(why, primaryReport.Remaining, hedgeLeft);
    }

    private async Task<string?> CloseRestAsync(int cycle, decimal rest)
    {
        try
        {
            var report = await Hedge.Flattener.CloseAsync(_host.Settings.Direction, rest, cycle, OrderPurpose.Close);
            return report.IsComplete ? null : $"left {report.Remaining} of {rest} open ({report.FailureReason})";
        }
        catch (VenueRefusalException refusal)
        {
            Hedge.MarkHalted(refusal.Message);
            return $"was refused ({refusal.Message})";
        }
    }

    /// <summary>Closes both venues at once, then halts the run with what is still open where.</summary>
    private async Task HaltFlatAsync(string why, decimal primaryOpen, decimal hedgeOpen)
    {
        var host = _host;
        var hedge = Hedge;
        host.Log.Error($"[HEDGE] {why}; closing both legs at once ({primaryOpen} on {host.Settings.Venue}, {hedgeOpen} on {hedge.Name})");
        var position = host.Ledger.NetPosition;
        if (_runnerDown is null && Math.Abs(position) >= host.Rules.MinSize)
        {
            var report = await host.Flatten.CloseAsync(position > 0 ? Venue.Side.Sell : Venue.Side.Buy, Math.Abs(position), host.CyclesStarted, OrderPurpose.Reconcile);
            host.Statistics.ReconcileClose();
            if (!report.IsComplete)
            {
                host.Statistics.CloseFailed();
            }
        }

        await hedge.ReconcileAsync("[HEDGE]", "Closing the hedge leg");
        host.Halt($"{why}; {await OpenWhereAsync()}");
    }

    /// <summary>The alert's "what is open where": each venue's position as it stands now.</summary>
    private async Task<string> OpenWhereAsync()
    {
        var hedge = Hedge;
        var other = await hedge.ReadPositionAsync() is { } p ? Size(p) : "unknown (the venue did not answer)";
        var own = _runnerDown is null ? $"{Size(_host.Ledger.NetPosition)} (by this run's fills)"
            : $"unknown (the venue stopped answering; {Size(_host.Ledger.NetPosition)} by this run's fills)";
        return $"open now: {_host.Settings.Venue} {_host.Rules.Symbol} {own}, {hedge.Name} {hedge.Rules.Symbol} {other}";
    }

    private static string Size(decimal size) => size.ToString("0.##########", CultureInfo.InvariantCulture);

    private void LogCombined(HedgeVenue hedge)
    {
        var primary = _host.Ledger;
        var other = hedge.Ledger;
        var volume = primary.QuoteVolume + other.QuoteVolume;
        var cost = primary.TotalCost + other.TotalCost;
        var c = CultureInfo.InvariantCulture;
        _host.Log.Info($"[HEDGE] {_host.Settings.Venue}: volume {primary.QuoteVolume.ToString("0.00", c)} USDT, cost {primary.CostBps.ToString("0.00", c)} bps; {hedge.Name}: volume {other.QuoteVolume.ToString("0.00", c)} USDT, cost {other.CostBps.ToString("0.00", c)} bps; combined {volume.ToString("0.00", c)} USDT at {BasisPoints.Of(cost, volume).ToString("0.00", c)} bps");
    }
}
