using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// Normal mode (spec 2.2): pace opens by the resting take-profit orders (cooldown, --max-orders, --grid-step), then
/// open post-only and rest a take-profit for what filled; the cycle completes when the take-profit fills.
/// </summary>
public sealed class NormalStrategy : ITradingStrategy
{
    private readonly IStrategyHost _host;
    private readonly OpenCycle _open;
    private readonly CooldownPolicy _cooldown;

    public NormalStrategy(IStrategyHost host)
    {
        _host = host;
        _open = new OpenCycle(host);
        _cooldown = new CooldownPolicy(host.Settings.MaxOrders, host.Settings.WaitTime);
    }

    public string Name => "normal";

    public bool FlatBetweenCycles => false;

    public async Task RunIterationAsync(CancellationToken stopToken)
    {
        var host = _host;
        var settings = host.Settings;
        var recheck = host.Timings.RecheckInterval;
        using var iteration = host.IterationStop(stopToken);
        stopToken = iteration.Token;
        var closeOrders = await host.ActiveCloseOrdersAsync();
        if (closeOrders is null)
        {
            await host.DelayAsync(recheck, stopToken);
            return;
        }

        if (!await host.StatusIfDueAsync(closeOrders) || !await host.PriceConditionsAllowTradingAsync(stopToken))
        {
            return;
        }

        if (AllCyclesUnderway())
        {
            await host.DelayAsync(recheck, stopToken);
            return;
        }

        if (!_cooldown.MayOpen(closeOrders.Count, host.Time.GetUtcNow()))
        {
            AnnounceCooldown(closeOrders.Count);
            await host.DelayAsync(recheck, stopToken);
            return;
        }

        if (settings.GridStepPercent > -100m && closeOrders.Count > 0)
        {
            var top = await host.Market.ReadTopAsync(stopToken);
            if (top is null || !GridStepRule.IsMet(settings.Direction, closeOrders.Select(o => o.Price ?? 0m).ToList(), top, settings.TakeProfitPercent, settings.GridStepPercent))
            {
                host.Waits.UntilEvent($"Grid step {settings.GridStepPercent}% to the nearest take-profit not met", "the price moves away from it");
                await host.DelayAsync(recheck, stopToken);
                return;
            }
        }

        if (!await host.MayBeginCycleAsync(settings.Quantity, stopToken))
        {
            return;
        }

        host.Waits.Over();
        var open = await _open.RunAsync(settings.Quantity, stopToken);
        if (open.Filled > 0)
        {
            _cooldown.MarkOpened(host.Time.GetUtcNow());
            await PlaceTakeProfitAsync(open, host.CyclesStarted); // the cycle completes when the take-profit fills
        }
        else if (open.Order is null)
        {
            await host.DelayAsync(recheck, stopToken);
        }

        if (open.Unsettled)
        {
            host.Halt($"the venue could not confirm the state of open order {open.Order?.ClientOrderId}");
        }

        _cooldown.OpenCycleFinished();
        host.Desk.Tracker.ForgetSettled();
    }

    /// <summary>Cooldown or --max-orders: one line when the wait starts, saying until when.</summary>
    private void AnnounceCooldown(int closeOrders)
    {
        if (_cooldown.OpensAt(closeOrders, _host.Time.GetUtcNow()) is { } opensAt)
        {
            _host.Waits.Until(opensAt, $"Cooldown: {closeOrders} take-profit(s) resting, {WaitNotice.Span(_cooldown.CooldownFor(closeOrders))} between opens");
        }
        else
        {
            _host.Waits.UntilEvent($"--max-orders {_host.Settings.MaxOrders}: {closeOrders} take-profits resting, no new opens", "one of them fills");
        }
    }

    /// <summary>
    /// With --max-cycles N, no open once the completed cycles and those whose take-profit still rests make N; the run
    /// ends when those take-profits have filled (or the trader stops it).
    /// </summary>
    private bool AllCyclesUnderway()
    {
        if (_host.Settings.MaxCycles is not { } maxCycles)
        {
            return false;
        }

        var resting = _host.Desk.Tracker.Where(o => o.Purpose == OrderPurpose.TakeProfit && !o.IsTerminal && !_host.IsCycleCompleted(o)).Count;
        if (_host.Statistics.Cycles + resting < maxCycles)
        {
            return false;
        }

        _host.Waits.UntilEvent($"--max-cycles {maxCycles}: {_host.Statistics.Cycles} completed and {resting} take-profit(s) resting, no new opens", "they fill");
        return true;
    }

    private async Task PlaceTakeProfitAsync(Placement open, int cycle)
    {
        var settings = _host.Settings;
        var rules = _host.Rules;
        var openPrice = open.LimitPrice!.Value;
        var quantity = open.Filled;
        var quote = new PostOnlyQuote
        {
            Side = settings.CloseSide,
            Quantity = quantity,
            Purpose = OrderPurpose.TakeProfit,
            Cycle = cycle,
            CloseMethod = "take_profit",
            PriceFor = top => TakeProfitPrice.For(settings.CloseSide, openPrice, settings.TakeProfitPercent, top, rules),
            NeedsTouch = false,
            OtherErrorRetries = _host.Timings.CloseAttempts,
        };
        var placed = await _host.Placer.PlaceAsync(quote, CancellationToken.None);
        if (placed.Failure is null && placed.Order is { } order)
        {
            _host.Log.Info($"[CLOSE] [{order.ClientOrderId}] Take-profit {settings.CloseSide.ToLowerName()} {quantity} @ {order.Request.Price}");
            return;
        }

        var failure = placed.Error?.ToString() ?? placed.Failure;
        _host.Statistics.CloseFailed();
        _host.Log.Error($"[CLOSE] Failed to place close order: {failure}");
        _host.Halt($"take-profit for {quantity} could not be placed ({failure}); the position is open");
    }
}
