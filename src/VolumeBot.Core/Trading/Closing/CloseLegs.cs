using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>
/// The orders a close is made of, shared by every tactic: reduce-only IOC and market legs, maker legs through the
/// post-only placer, the book at decision time, and the report. Average prices come from the real fills, never from an
/// order's limit price.
/// </summary>
public sealed class CloseLegs
{
    private const int BookDepth = 20;
    private readonly IExchangeClient _venue;
    private readonly ClientOrderIds _ids;
    private readonly Backoff _backoff;

    public CloseLegs(IExchangeClient venue, OrderDesk desk, MarketReader market, PostOnlyPlacer placer, ClientOrderIds ids, MarketRules rules, BotSettings settings, BotTimings timings, RunStatistics stats, TimeProvider time, ActivityLog log)
    {
        _venue = venue;
        Desk = desk;
        Market = market;
        Placer = placer;
        _ids = ids;
        Rules = rules;
        Settings = settings;
        Timings = timings;
        Stats = stats;
        Time = time;
        _backoff = new Backoff(timings, time);
        Log = log;
    }

    public OrderDesk Desk { get; }

    public MarketReader Market { get; }

    public PostOnlyPlacer Placer { get; }

    public MarketRules Rules { get; }

    public BotSettings Settings { get; }

    public BotTimings Timings { get; }

    public RunStatistics Stats { get; }

    public TimeProvider Time { get; }

    public ActivityLog Log { get; }

    /// <summary>False for legs that open a position (a hedge on the other venue); every close is reduce-only.</summary>
    public bool ReduceOnly { get; init; } = true;

    /// <summary>One IOC at <paramref name="price"/>, settled with its fills.</summary>
    public async Task<(TrackedOrder Order, VenueResult<TrackedOrder> Result)> IocAsync(Side side, decimal quantity, decimal price, int cycle, decimal? mid, OrderPurpose purpose, string method)
    {
        var ioc = Track(side, OrderKind.ImmediateOrCancel, quantity, price, cycle, mid, purpose, method);
        return (ioc, await Desk.ExecuteAsync(ioc));
    }

    /// <summary>Reduce-only market orders for what is left, retried until it is closed or the attempts are spent.</summary>
    public async Task<(decimal Filled, string? Failure)> MarketAsync(Side side, decimal remaining, int cycle, decimal? mid, OrderPurpose purpose, List<TrackedOrder> legs, string method)
    {
        var filled = 0m;
        string? failure = null;
        // a remainder below the minimum size cannot be sent on its own: it is dust for the next close
        for (var attempt = 0; remaining >= Rules.MinSize && attempt < Timings.CloseAttempts; attempt++)
        {
            if (attempt > 0)
            {
                await _backoff.WaitAsync(attempt - 1, CancellationToken.None);
            }

            Log.Info($"[CLOSE_MARKET] Placing market order for remaining: {remaining}");
            var market = Track(side, OrderKind.Market, remaining, null, cycle, mid, purpose, method);
            var result = await Desk.ExecuteAsync(market);
            legs.Add(market);
            filled += market.FilledQuantity;
            remaining -= market.FilledQuantity;
            if (!result.IsSuccess)
            {
                failure = result.Error.Message;
                Log.Warn($"[CLOSE_MARKET] Market order failed (attempt {attempt + 1}/{Timings.CloseAttempts}): {failure}");
            }
            else if (remaining > 0)
            {
                failure = $"market order ended {market.Status} with {market.FilledQuantity} filled";
                Log.Warn($"[CLOSE_MARKET] {failure}; {remaining} still open");
            }
        }

        return (filled, remaining > 0 ? failure ?? "close attempts exhausted" : null);
    }

    /// <summary>The book at decision time, or null when three reads found no usable one.</summary>
    public async Task<OrderBook?> ReadBookAsync()
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

    /// <summary>The report of a close made of <paramref name="legs"/>, logged and counted; dust is what no order can close.</summary>
    public CloseReport Report(string label, decimal quantity, IReadOnlyList<TrackedOrder> legs, decimal? mid, decimal? savings, string? failure)
    {
        var filled = legs.Sum(l => l.FilledQuantity);
        var left = quantity - filled;
        var dust = left > 0 && left < Rules.MinSize ? left : 0m;
        if (savings is { } saved)
        {
            Stats.AddSavings(saved);
        }

        var report = new CloseReport(label, quantity, filled, AveragePrice(legs), savings, dust > 0 ? null : failure, dust);
        Stats.LastClose = label;
        LogReport(report, mid);
        return report;
    }

    /// <summary>Quote currency saved against one market order for <paramref name="quantity"/>, priced from the book at decision time.</summary>
    public static decimal? SavingsAgainstMarket(OrderBook? book, Side side, decimal quantity, decimal? average, decimal? filled = null)
    {
        if (book?.AverageTakerPrice(side, quantity) is not { } marketPrice || average is not { } actual)
        {
            return null;
        }

        var size = filled ?? quantity;
        return side == Side.Sell ? (actual - marketPrice) * size : (marketPrice - actual) * size;
    }

    public static decimal? AveragePrice(IReadOnlyList<TrackedOrder> legs)
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

    private TrackedOrder Track(Side side, OrderKind kind, decimal quantity, decimal? price, int cycle, decimal? mid, OrderPurpose purpose, string method)
    {
        var request = new OrderRequest(_ids.Next(), side, kind, quantity, price, ReduceOnly: ReduceOnly);
        return Desk.Tracker.Track(request, purpose, cycle, mid, method);
    }

    private void LogReport(CloseReport report, decimal? mid)
    {
        if (report.Dust > 0)
        {
            Log.Warn($"[CLOSE] {report.Dust} left below the market minimum {Rules.MinSize}; carried into the next close");
        }

        if (!report.IsComplete)
        {
            Log.Error($"[CLOSE] close_method={report.Label} FAILED: closed {report.Filled} of {report.Requested}, {report.Remaining} still open ({report.FailureReason}). Check the position on the venue.");
            return;
        }

        Log.Info($"[CLOSE] close_method={report.Label} filled={report.Filled} avg_price={Round(report.AveragePrice)} ref_mid={mid}");
        if (report.EstimatedSavings is { } savings)
        {
            Log.Info($"[CLOSE_IOC] Saved against a market order for the whole size, estimated_savings: {decimal.Round(savings, 6)}");
        }
    }

    private static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, 8) : null;
}
