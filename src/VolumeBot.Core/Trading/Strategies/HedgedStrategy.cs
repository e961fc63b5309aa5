using System.Globalization;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Hedging;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// --hedge-exchange (issue 15): farm two venues at once, hedged. A cycle opens post-only on the runner's venue; every
/// fill of the open is hedged at once on the other venue (<see cref="FillHedger"/>); both legs are held --hold-time
/// (open interest on both venues); then both are unwound together by the maker-first tactic and its taker fallback.
/// A hedge that cannot complete, an unwind that fails or a venue that refuses the bot flattens both venues at once and
/// halts the run (exit code 1) with an alert saying what is open where. A stop (Ctrl-C) cuts the hold short and leaves
/// the flattening to the shutdown: the runner closes its venue, <see cref="StopAsync"/> the hedge venue.
/// </summary>
public sealed class HedgedStrategy : ITradingStrategy
{
    private readonly IStrategyHost _host;
    private readonly OpenCycle _open;
    private DateTimeOffset _startedAt;

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
        _host.Log.Info($"Strategy: hedged, open post-only on {s.Venue}, each fill hedged on {Hedge.Name} ({Hedge.Rules.Symbol}) by {Hedge.Hedger.Name}, held {s.HoldTime.TotalSeconds} s, both legs unwound by {_host.Close.Name}");
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
        var host = _host;
        var settings = host.Settings;
        var hedge = Hedge;
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
        using (var hold = CancellationTokenSource.CreateLinkedTokenSource(stopToken, hedge.HaltedToken))
        {
            await host.DelayAsync(settings.HoldTime, hold.Token);
        }

        if (hedge.HaltReason is { } refused)
        {
            await HaltFlatAsync($"{hedge.Name} refused the bot while the legs were held ({refused})", filled, hedged);
            return;
        }

        if (stopToken.IsCancellationRequested)
        {
            return; // the shutdown closes both legs at once
        }

        await UnwindAsync(cycle, filled, hedged);
    }

    /// <summary>Both legs closed together, each by the maker-first tactic; a leg that stays open flattens both and halts.</summary>
    private async Task UnwindAsync(int cycle, decimal filled, decimal hedged)
    {
        var host = _host;
        var hedge = Hedge;
        var primary = host.Close.CloseAsync(host.Settings.CloseSide, filled, cycle, OrderPurpose.Close);
        var other = UnwindHedgeAsync(cycle, hedged);
        await Task.WhenAll(primary, other);
        var (primaryReport, (hedgeReport, hedgeFailure)) = (await primary, await other);
        if (primaryReport.IsComplete && hedgeFailure is null)
        {
            host.Statistics.CycleCompleted();
            hedge.Statistics.CycleCompleted();
            return;
        }

        host.Statistics.CloseFailed();
        var why = !primaryReport.IsComplete
            ? $"the unwind of cycle {cycle} on {host.Settings.Venue} left {primaryReport.Remaining} of {filled} open ({primaryReport.FailureReason})"
            : $"the unwind of cycle {cycle} on {hedge.Name} {hedgeFailure}";
        await HaltFlatAsync(why, primaryReport.Remaining, hedgeReport?.Remaining ?? hedged);
    }

    private async Task<(CloseReport? Report, string? Failure)> UnwindHedgeAsync(int cycle, decimal hedged)
    {
        if (hedged == 0)
        {
            return (null, null);
        }

        try
        {
            var report = await Hedge.Unwinder.CloseAsync(_host.Settings.Direction, hedged, cycle, OrderPurpose.Close);
            return (report, report.IsComplete ? null : $"left {report.Remaining} of {hedged} open ({report.FailureReason})");
        }
        catch (VenueRefusalException refusal)
        {
            Hedge.MarkHalted(refusal.Message);
            return (null, $"was refused ({refusal.Message})");
        }
    }

    /// <summary>Closes both venues at once, then halts the run with what is still open where.</summary>
    private async Task HaltFlatAsync(string why, decimal primaryOpen, decimal hedgeOpen)
    {
        var host = _host;
        var hedge = Hedge;
        host.Log.Error($"[HEDGE] {why}; closing both legs at once ({primaryOpen} on {host.Settings.Venue}, {hedgeOpen} on {hedge.Name})");
        var position = host.Ledger.NetPosition;
        if (Math.Abs(position) >= host.Rules.MinSize)
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
        return $"open now: {_host.Settings.Venue} {_host.Rules.Symbol} {Size(_host.Ledger.NetPosition)} (by this run's fills), {hedge.Name} {hedge.Rules.Symbol} {other}";
    }

    private static string Size(decimal size) => size.ToString("0.##########", CultureInfo.InvariantCulture);

    private void LogCombined(HedgeVenue hedge)
    {
        var primary = _host.Ledger;
        var other = hedge.Ledger;
        var volume = primary.QuoteVolume + other.QuoteVolume;
        var cost = primary.TotalCost + other.TotalCost;
        var c = CultureInfo.InvariantCulture;
        _host.Log.Info($"[HEDGE] {_host.Settings.Venue}: volume {primary.QuoteVolume.ToString("0.00", c)} USDT, cost {primary.CostBps.ToString("0.00", c)} bps; {hedge.Name}: volume {other.QuoteVolume.ToString("0.00", c)} USDT, cost {other.CostBps.ToString("0.00", c)} bps; combined {volume.ToString("0.00", c)} USDT at {(volume == 0 ? 0 : cost / volume * 10_000m).ToString("0.00", c)} bps");
    }
}
