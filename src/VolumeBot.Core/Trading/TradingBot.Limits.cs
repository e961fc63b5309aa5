using System.Globalization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The run's limits. A cycle counts once it is complete: in boost mode when its close is done, in normal mode when its
/// take-profit has filled. --target-volume and --max-loss are checked after every fill, and a limit reached in the
/// middle of a cycle stops its open order (the filled part is still closed); a cycle whose worst case
/// (<see cref="CycleWorstCase"/>) could pass --max-loss is not started. A hedged run (--hedge-exchange) farms both
/// venues: its --target-volume counts both venues' volume, and --max-cycles counts hedged cycles (open, hedge, hold
/// and unwind of both legs).
/// </summary>
public sealed partial class TradingBot
{
    private readonly CancellationTokenSource _limitStop = new();
    private readonly HashSet<string> _completedTakeProfits = new(StringComparer.Ordinal);

    /// <summary>Opens that filled: the number of the cycle in progress, as the CSV's Cycle column shows it.</summary>
    private int _cyclesStarted;
    private WaitNotice? _waitNotice;
    private Hedging.HedgeVenue? _hedge;

    /// <summary>The volume --target-volume counts: this venue's, plus the hedge venue's in a hedged run.</summary>
    private decimal FarmedVolume => Ledger.QuoteVolume + (_hedge?.Ledger.QuoteVolume ?? 0m);

    private WaitNotice Waits => _waitNotice ??= new WaitNotice(_log, _time) { Zone = ReportTimeZone };

    private bool LimitReached()
    {
        if (_settings.MaxCycles is { } maxCycles && Statistics.Cycles >= maxCycles)
        {
            Stop(StopReason.MaxCycles, $"{Statistics.Cycles} {(_hedge is null ? "" : "hedged ")}cycles done");
        }
        else
        {
            VolumeOrLossLimitReached();
        }

        return _stopReason is not null;
    }

    private bool VolumeOrLossLimitReached()
    {
        if (_settings.TargetVolume is { } target && FarmedVolume >= target)
        {
            var volume = _hedge is not { } hedge ? string.Create(CultureInfo.InvariantCulture, $"volume {decimal.Round(Ledger.QuoteVolume, 2)} USDT")
                : string.Create(CultureInfo.InvariantCulture, $"volume on both venues {FarmedVolume:0.00} USDT ({_settings.Venue} {Ledger.QuoteVolume:0.00}, {hedge.Name} {hedge.Ledger.QuoteVolume:0.00})");
            Stop(StopReason.TargetVolume, string.Create(CultureInfo.InvariantCulture, $"{volume} reached the target {target}"));
        }
        else if (_settings.MaxLoss is { } maxLoss && Ledger.TotalCost >= maxLoss)
        {
            Stop(StopReason.MaxLoss, string.Create(CultureInfo.InvariantCulture, $"cost {decimal.Round(Ledger.TotalCost, 4)} USDT reached --max-loss {maxLoss}"));
        }

        return _stopReason is StopReason.TargetVolume or StopReason.MaxLoss;
    }

    /// <summary>Every new fill: a take-profit that is now filled completes its cycle; a limit reached stops the open.</summary>
    private void OnFillRecorded(Fill fill, TrackedOrder? order)
    {
        if (order is { Purpose: OrderPurpose.TakeProfit } && order.FilledByFills >= order.Request.Quantity && MarkCompleted(order))
        {
            Statistics.CycleCompleted();
            Statistics.LastClose = "take_profit";
            _log.Info($"[CLOSE] [{order.ClientOrderId}] Take-profit of cycle {order.Cycle} filled; {Statistics.Cycles} cycles completed");
        }

        if (_stopReason is null && VolumeOrLossLimitReached())
        {
            _log.Info($"Limit reached after a fill: {_stopDetail}; no new orders, the open position is still closed");
            _limitStop.Cancel(); // inline: the open cycle sees it at its next await
        }
    }

    private bool MarkCompleted(TrackedOrder takeProfit)
    {
        lock (_completedTakeProfits)
        {
            return _completedTakeProfits.Add(takeProfit.ClientOrderId);
        }
    }

    private bool IsCompleted(TrackedOrder takeProfit)
    {
        lock (_completedTakeProfits)
        {
            return _completedTakeProfits.Contains(takeProfit.ClientOrderId);
        }
    }

    /// <summary>A token for one iteration: the trader's stop, or a limit reached by a fill.</summary>
    private CancellationTokenSource IterationStop(CancellationToken stopToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(stopToken, _limitStop.Token);

    /// <summary>False (and the run stops) when the next cycle's worst case would take the cost past --max-loss.</summary>
    private async Task<bool> CycleFitsMaxLossAsync(decimal quantity, CancellationToken stopToken)
    {
        if (_settings.MaxLoss is not { } maxLoss)
        {
            return true;
        }

        var top = await _market.ReadTopAsync(stopToken);
        if (top is null)
        {
            return true; // the open reads the book again and skips the round
        }

        OrderBook? book = null;
        if (_strategy.FlatBetweenCycles)
        {
            var read = await _venue.GetOrderBookAsync(20, CancellationToken.None);
            book = read.IsSuccess ? read.Value : null;
        }

        var bound = CycleWorstCase.For(_settings, quantity, top, book, _rules);
        var spent = Ledger.TotalCost;
        if (spent + bound.Total <= maxLoss)
        {
            return true;
        }

        Stop(StopReason.MaxLoss, string.Create(
            CultureInfo.InvariantCulture,
            $"the next cycle could cost up to {bound.Total:0.0000} USDT (fees {bound.Fees:0.0000}, slippage {bound.Slippage:0.0000}); with {spent:0.0000} spent that could pass --max-loss {maxLoss}"));
        _log.Warn($"Not starting the next cycle: {_stopDetail}");
        return false;
    }
}
