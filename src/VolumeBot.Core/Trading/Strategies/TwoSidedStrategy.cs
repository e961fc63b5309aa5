using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// --strategy two-sided (the strategy document's scheme 2): a post-only bid and ask of --quantity around the mid
/// (--quote-spread-bps), both re-quoted when the mid moves --requote-bps. The side that would take the absolute
/// position past --max-position is not quoted; a position held at that bound for --max-inventory-time is closed with
/// the maker-first tactic. A cycle is one buy and one sell of the quantity. Quotes never rest between iterations: each
/// iteration places them, waits, and settles them, so a stop leaves no order behind.
/// </summary>
public sealed class TwoSidedStrategy : ITradingStrategy
{
    private readonly IStrategyHost _host;
    private decimal _position;
    private decimal _bought;
    private decimal _sold;
    private DateTimeOffset? _atBoundSince;
    private bool _announced;

    public TwoSidedStrategy(IStrategyHost host)
    {
        _host = host;
    }

    public string Name => "two-sided";

    /// <summary>The run owns the market's position: start-up and shutdown close whatever is held.</summary>
    public bool FlatBetweenCycles => true;

    public void PositionFlattened()
    {
        _position = 0m;
        _atBoundSince = null;
    }

    public async Task RunIterationAsync(CancellationToken stopToken)
    {
        var host = _host;
        var settings = host.Settings;
        Announce();
        using var iteration = host.IterationStop(stopToken);
        stopToken = iteration.Token;
        if (!await host.PriceConditionsAllowTradingAsync(stopToken) || !await host.StatusIfDueAsync([]))
        {
            return;
        }

        if (await InventoryHeldTooLongAsync())
        {
            return;
        }

        var quantity = settings.Quantity;
        var maxPosition = settings.MaxPosition ?? quantity;
        var quoteBid = _position + quantity <= maxPosition;
        var quoteAsk = _position - quantity >= -maxPosition;
        if (!await host.MayBeginCycleAsync(quantity, stopToken))
        {
            return;
        }

        var top = await host.Market.ReadTopAsync(stopToken);
        if (top is null)
        {
            await host.DelayAsync(host.Timings.RecheckInterval, stopToken);
            return;
        }

        var quoteMid = top.Mid;
        var refresh = host.Time.GetUtcNow() + settings.MaxInventoryTime; // a quote rests at most this long before it is placed again
        var until = _atBoundSince + settings.MaxInventoryTime ?? refresh;
        var cycle = host.Statistics.Cycles + 1;
        var quotes = new List<Task<Placement>>();
        if (quoteBid)
        {
            quotes.Add(host.Placer.PlaceAsync(Quote(Side.Buy, quantity, cycle, quoteMid, _position < 0 ? until : refresh), stopToken));
        }

        if (quoteAsk)
        {
            quotes.Add(host.Placer.PlaceAsync(Quote(Side.Sell, quantity, cycle, quoteMid, _position > 0 ? until : refresh), stopToken));
        }

        var placements = await Task.WhenAll(quotes);
        foreach (var placement in placements.Where(p => p.Order is not null))
        {
            host.Statistics.OpenOrderPlaced();
            if (placement.Filled > 0)
            {
                await host.Desk.CompleteFillsAsync(placement.Order!);
                Count(placement.Order!.Request.Side, placement.Filled, placement.Order.Fills.Select(f => f.Time).DefaultIfEmpty(host.Time.GetUtcNow()).Max());
            }
        }

        host.Desk.Tracker.ForgetSettled();
        if (placements.FirstOrDefault(p => p.Unsettled) is { } unsettled)
        {
            host.Halt($"the venue could not confirm the state of quote {unsettled.Order?.ClientOrderId}");
            return;
        }

        if (placements.All(p => p.Order is null))
        {
            await host.DelayAsync(host.Timings.RecheckInterval, stopToken); // nothing placed: do not spin on a failing venue
        }
    }

    /// <summary>A post-only quote, re-quoted once the mid has moved --requote-bps from where it was quoted.</summary>
    private PostOnlyQuote Quote(Side side, decimal quantity, int cycle, decimal quoteMid, DateTimeOffset until)
    {
        var settings = _host.Settings;
        var rules = _host.Rules;
        var reduces = side == Side.Buy ? _position < 0 : _position > 0;
        return new PostOnlyQuote
        {
            Side = side,
            Quantity = quantity,
            Purpose = reduces ? OrderPurpose.Close : OrderPurpose.Open,
            Cycle = cycle,
            CloseMethod = reduces ? "quote" : null,
            PriceFor = top => QuotePrice(side, top!, settings.QuoteSpreadBps, rules),
            Chase = new ChaseRule((_, top) => Math.Abs(top.Mid - quoteMid) / quoteMid * 10_000m < settings.RequoteBps, until),
        };
    }

    /// <summary>
    /// Half the spread and half a tick from the mid, rounded away from it (so the bid is always below the ask, one tick
    /// apart at a spread of 0), and never on the far side of the touch: a post-only must rest.
    /// </summary>
    public static decimal QuotePrice(Side side, TopOfBook top, decimal spreadBps, MarketRules rules)
    {
        var half = spreadBps / 2m / 10_000m;
        var halfTick = rules.TickSize / 2m;
        return side == Side.Buy
            ? Math.Min(rules.RoundPrice(top.Mid * (1 - half) - halfTick, PriceRounding.Down), rules.RoundPrice(top.BestAsk - rules.TickSize, PriceRounding.Down))
            : Math.Max(rules.RoundPrice(top.Mid * (1 + half) + halfTick, PriceRounding.Up), rules.RoundPrice(top.BestBid + rules.TickSize, PriceRounding.Up));
    }

    /// <summary>Counts a fill into the position and the cycles; the time the position reached the bound starts the inventory clock.</summary>
    private void Count(Side side, decimal filled, DateTimeOffset at)
    {
        var before = Math.Min(_bought, _sold);
        _position += side.Sign() * filled;
        var now = _host.Time.GetUtcNow();
        _atBoundSince = !AtBound() ? null : _atBoundSince ?? (at < now ? at : now);
        if (side == Side.Buy)
        {
            _bought += filled;
        }
        else
        {
            _sold += filled;
        }

        var quantity = _host.Settings.Quantity;
        for (var done = Math.Floor(before / quantity); done < Math.Floor(Math.Min(_bought, _sold) / quantity); done++)
        {
            _host.Statistics.CycleCompleted();
            _host.Statistics.LastClose = "quote";
        }
    }

    /// <summary>At the --max-position bound past --max-inventory-time: the inventory is closed (maker-first). True when it acted.</summary>
    private async Task<bool> InventoryHeldTooLongAsync()
    {
        var settings = _host.Settings;
        var maxPosition = settings.MaxPosition ?? settings.Quantity;
        var now = _host.Time.GetUtcNow();
        if (!AtBound())
        {
            _atBoundSince = null;
            return false;
        }

        _atBoundSince ??= now;
        if (now - _atBoundSince < settings.MaxInventoryTime)
        {
            return false;
        }

        var side = _position > 0 ? Side.Sell : Side.Buy;
        var size = Math.Abs(_position);
        _host.Log.Info($"[CLOSE] Position {_position} held at --max-position {maxPosition} for {settings.MaxInventoryTime.TotalSeconds} s; closing it");
        var report = await _host.Close.CloseAsync(side, size, _host.Statistics.Cycles + 1, OrderPurpose.Close);
        Count(side, report.Filled, _host.Time.GetUtcNow());
        if (!report.IsComplete)
        {
            _host.Statistics.CloseFailed();
            _host.Halt($"inventory close failed: {report.Remaining} of {report.Requested} still open ({report.FailureReason})");
        }

        return true;
    }

    /// <summary>True when a quote on the growing side would take the position past --max-position.</summary>
    private bool AtBound() => _position != 0 && Math.Abs(_position) + _host.Settings.Quantity > (_host.Settings.MaxPosition ?? _host.Settings.Quantity);

    private void Announce()
    {
        if (_announced)
        {
            return;
        }

        _announced = true;
        var s = _host.Settings;
        _host.Log.Info($"Strategy: two-sided, quotes {s.QuoteSpreadBps} bps wide around the mid, re-quoted at {s.RequoteBps} bps, max position {s.MaxPosition ?? s.Quantity}, inventory closed after {s.MaxInventoryTime.TotalSeconds} s at the bound ({s.CloseTacticName})");
    }
}
