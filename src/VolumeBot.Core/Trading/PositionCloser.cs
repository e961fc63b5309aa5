using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Closes a filled size at once (boost mode, start-up and shutdown reconciliation): an IOC a tolerance through the
/// mid when asked, then reduce-only market orders for the rest, retried until the size is closed or the attempts
/// are spent. Average prices come from the real fills, never from an order's limit price.
/// </summary>
public sealed class PositionCloser
{
    private const int BookDepth = 20;
    private readonly IExchangeClient _venue;
    private readonly OrderDesk _desk;
    private readonly ClientOrderIds _ids;
    private readonly MarketRules _rules;
    private readonly BotSettings _settings;
    private readonly BotTimings _timings;
    private readonly RunStatistics _stats;
    private readonly Backoff _backoff;
    private readonly ActivityLog _log;

    public PositionCloser(IExchangeClient venue, OrderDesk desk, ClientOrderIds ids, MarketRules rules, BotSettings settings, BotTimings timings, RunStatistics stats, TimeProvider time, ActivityLog log)
    {
        _venue = venue;
        _desk = desk;
        _ids = ids;
        _rules = rules;
        _settings = settings;
        _timings = timings;
        _stats = stats;
        _backoff = new Backoff(timings, time);
        _log = log;
    }

    public CloseMethod Method => _settings.UseIoc ? CloseMethod.IocThenMarket : CloseMethod.Market;

    public async Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose)
    {
        var book = await ReadBookAsync();
        var mid = book?.Top?.Mid;
        var legs = new List<TrackedOrder>();
        var iocFilled = 0m;
        var useIoc = Method == CloseMethod.IocThenMarket && mid is not null;

        if (useIoc)
        {
            var iocPrice = IocPrice.For(side, mid!.Value, _settings.IocToleranceBps, _rules);
            _log.Info($"[CLOSE_IOC] Attempting IOC order: {quantity} @ {iocPrice} (mid {mid})");
            var ioc = Track(side, OrderKind.ImmediateOrCancel, quantity, iocPrice, cycle, mid, purpose, "ioc");
            var result = await _desk.ExecuteAsync(ioc);
            legs.Add(ioc);
            iocFilled = ioc.FilledQuantity;
            if (!result.IsSuccess)
            {
                _log.Warn($"[CLOSE_IOC] IOC order failed: {result.Error.Message}");
            }
            else if (iocFilled >= quantity)
            {
                _log.Info($"[CLOSE_IOC] ✅ IOC fully filled: {iocFilled} @ {ioc.AverageFillPrice}");
            }
            else if (iocFilled > 0)
            {
                _log.Info($"[CLOSE_IOC] IOC partially filled: {iocFilled}/{quantity}, remaining {quantity - iocFilled}");
            }
            else
            {
                _log.Info($"[CLOSE_IOC] IOC not filled, will use market order");
            }
        }
        else if (Method == CloseMethod.IocThenMarket)
        {
            _log.Warn($"[CLOSE_IOC] No usable book for the IOC price; closing at market");
        }

        var marketMethod = useIoc ? "ioc_fallback" : "market";
        var (marketFilled, failure) = await CloseRemainderAsync(side, quantity - iocFilled, cycle, mid, purpose, legs, marketMethod);
        var filled = iocFilled + marketFilled;
        var left = quantity - filled;
        var dust = left > 0 && left < _rules.MinSize ? left : 0m;
        var average = AveragePrice(legs);
        var label = Label(useIoc, iocFilled, quantity);
        if (useIoc)
        {
            _stats.IocResult(iocFilled, quantity, fellBackToMarket: legs.Count > 1);
        }

        var savings = useIoc && filled >= quantity ? EstimatedSavings(book, side, quantity, average) : null;
        if (savings is { } saved)
        {
            _stats.AddSavings(saved);
        }

        var report = new CloseReport(label, quantity, filled, average, savings, dust > 0 ? null : failure, dust);
        _stats.LastClose = label;
        LogReport(report, mid);
        return report;
    }

    private async Task<(decimal Filled, string? Failure)> CloseRemainderAsync(Side side, decimal remaining, int cycle, decimal? mid, OrderPurpose purpose, List<TrackedOrder> legs, string method)
    {
        var filled = 0m;
        string? failure = null;
        // a remainder below the minimum size cannot be sent on its own: it is dust for the next close
        for (var attempt = 0; remaining >= _rules.MinSize && attempt < _timings.CloseAttempts; attempt++)
        {
            if (attempt > 0)
            {
                await _backoff.WaitAsync(attempt - 1, CancellationToken.None);
            }

            _log.Info($"[CLOSE_MARKET] Placing market order for remaining: {remaining}");
            var market = Track(side, OrderKind.Market, remaining, null, cycle, mid, purpose, method);
            var result = await _desk.ExecuteAsync(market);
            legs.Add(market);
            filled += market.FilledQuantity;
            remaining -= market.FilledQuantity;
            if (!result.IsSuccess)
            {
                failure = result.Error.Message;
                _log.Warn($"[CLOSE_MARKET] Market order failed (attempt {attempt + 1}/{_timings.CloseAttempts}): {failure}");
            }
            else if (remaining > 0)
            {
                failure = $"market order ended {market.Status} with {market.FilledQuantity} filled";
                _log.Warn($"[CLOSE_MARKET] {failure}; {remaining} still open");
            }
        }

        return (filled, remaining > 0 ? failure ?? "close attempts exhausted" : null);
    }

    private TrackedOrder Track(Side side, OrderKind kind, decimal quantity, decimal? price, int cycle, decimal? mid, OrderPurpose purpose, string method)
    {
        var request = new OrderRequest(_ids.Next(), side, kind, quantity, price, ReduceOnly: true);
        return _desk.Tracker.Track(request, purpose, cycle, mid, method);
    }

    private async Task<OrderBook?> ReadBookAsync()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var book = await _venue.GetOrderBookAsync(BookDepth, CancellationToken.None);
            if (book.IsSuccess && book.Value.Top is { IsUsable: true })
            {
                return book.Value;
            }

            await _backoff.WaitAsync(attempt, CancellationToken.None);
        }

        return null;
    }

    private static decimal? AveragePrice(List<TrackedOrder> legs)
    {
        var filled = legs.Sum(l => l.FilledQuantity);
        if (filled == 0)
        {
            return null;
        }

        var notional = 0m;
        foreach (var leg in legs.Where(l => l.FilledQuantity > 0))
        {
            if (leg.AverageFillPrice is not { } price)
            {
                return null;
            }

            notional += price * leg.FilledQuantity;
        }

        return notional / filled;
    }

    /// <summary>USDT saved against one market order for the whole size, priced from the book seen at decision time.</summary>
    private static decimal? EstimatedSavings(OrderBook? book, Side side, decimal quantity, decimal? average)
    {
        if (book?.AverageTakerPrice(side, quantity) is not { } marketPrice || average is not { } actual)
        {
            return null;
        }

        return side == Side.Sell ? (actual - marketPrice) * quantity : (marketPrice - actual) * quantity;
    }

    private static string Label(bool usedIoc, decimal iocFilled, decimal quantity)
    {
        if (!usedIoc)
        {
            return "market";
        }

        return iocFilled >= quantity ? "ioc_success" : iocFilled > 0 ? "ioc_partial" : "ioc_failed";
    }

    private void LogReport(CloseReport report, decimal? mid)
    {
        if (report.Dust > 0)
        {
            _log.Warn($"[CLOSE] {report.Dust} left below the market minimum {_rules.MinSize}; carried into the next close");
        }

        if (!report.IsComplete)
        {
            _log.Error($"[CLOSE] close_method={report.Label} FAILED: closed {report.Filled} of {report.Requested}, {report.Remaining} still open ({report.FailureReason}). Check the position on the venue.");
            return;
        }

        _log.Info($"[CLOSE] close_method={report.Label} filled={report.Filled} avg_price={Round(report.AveragePrice)} ref_mid={mid}");
        if (report.EstimatedSavings is { } savings)
        {
            _log.Info($"[CLOSE_IOC] Saved against a market order for the whole size, estimated_savings: {decimal.Round(savings, 6)}");
        }
    }

    private static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, 8) : null;
}
