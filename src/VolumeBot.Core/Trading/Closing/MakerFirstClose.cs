using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>
/// --close maker-first: a reduce-only post-only close at the touch (the best ask when long), re-priced as the touch
/// moves, for at most --maker-close-timeout and while the mid has moved less than --max-adverse-bps against the
/// position; whatever is left then goes by IOC, then market. A maker close pays the maker fee on both legs when it fills;
/// it does not pay when the price runs away while it rests, which is why the move against it is bounded.
/// </summary>
public sealed class MakerFirstClose : ICloseTactic
{
    private readonly CloseLegs _legs;

    public MakerFirstClose(CloseLegs legs)
    {
        _legs = legs;
    }

    public string Name => "maker-first";

    public string Detail => $"maker at the touch for up to {_legs.Settings.MakerCloseTimeout.TotalSeconds} s or {_legs.Settings.MaxAdverseBps} bps against, then IOC, then market";

    public Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose) =>
        CloseAsync(side, quantity, cycle, purpose, CancellationToken.None);

    public async Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose, CancellationToken takeNow)
    {
        var log = _legs.Log;
        var rules = _legs.Rules;
        var settings = _legs.Settings;
        var legs = new List<TrackedOrder>();
        var remaining = quantity;
        var start = await _legs.Market.ReadTopAsync(CancellationToken.None);
        var deadline = _legs.Time.GetUtcNow() + settings.MakerCloseTimeout;
        string reason = "no usable bid/ask";
        if (start is not null)
        {
            var startMid = start.Mid;
            reason = $"{settings.MakerCloseTimeout.TotalSeconds} s passed";
            log.Info($"[CLOSE_MAKER] Resting post-only {side.ToLowerName()} {quantity} at the touch for up to {settings.MakerCloseTimeout.TotalSeconds} s or {settings.MaxAdverseBps} bps against (mid {startMid})");
            while (remaining >= rules.MinSize && _legs.Time.GetUtcNow() < deadline && !takeNow.IsCancellationRequested)
            {
                var adverse = false;
                var quote = new PostOnlyQuote
                {
                    Side = side,
                    Quantity = remaining,
                    Purpose = purpose,
                    Cycle = cycle,
                    CloseMethod = "maker",
                    ReduceOnly = _legs.ReduceOnly,
                    PriceFor = top => Touch(side, top!),
                    Chase = new ChaseRule(
                        (price, top) => !(adverse = AdverseBps(side, startMid, top.Mid) >= settings.MaxAdverseBps) && price == Touch(side, top),
                        deadline),
                };
                var placement = await _legs.Placer.PlaceAsync(quote, takeNow);
                if (placement.Order is { } order)
                {
                    legs.Add(order);
                    remaining -= order.FilledQuantity;
                    if (order.FilledQuantity > 0)
                    {
                        await _legs.Desk.CompleteFillsAsync(order);
                    }
                }

                if (takeNow.IsCancellationRequested)
                {
                    reason = "told to take the rest at once";
                    break;
                }

                if (placement.Order is null || placement.Unsettled)
                {
                    reason = placement.Failure ?? "the maker close could not be placed";
                    break;
                }

                if (adverse || (await _legs.Market.ReadTopAsync(CancellationToken.None) is { } now && AdverseBps(side, startMid, now.Mid) >= settings.MaxAdverseBps))
                {
                    reason = $"the mid moved {settings.MaxAdverseBps} bps or more against the position";
                    break;
                }
            }
        }

        var maker = quantity - remaining;
        if (remaining < rules.MinSize)
        {
            return _legs.Report("maker", quantity, legs, start?.Mid, null, null);
        }

        log.Info($"[CLOSE_MAKER] Maker close filled {maker} of {quantity}; {reason}: closing {remaining} by IOC, then market");
        var book = await _legs.ReadBookAsync();
        var mid = book?.Top?.Mid;
        if (mid is { } m)
        {
            var price = IocPrice.For(side, m, settings.IocToleranceBps, rules);
            var (ioc, result) = await _legs.IocAsync(side, remaining, price, cycle, mid, purpose, "maker_fallback");
            legs.Add(ioc);
            remaining -= ioc.FilledQuantity;
            log.Info($"[CLOSE_IOC] IOC {ioc.Request.Quantity} @ {price} (mid {mid}) {(result.IsSuccess ? $"filled {ioc.FilledQuantity}" : $"failed ({result.Error.Message})")}; remaining {remaining}");
        }

        var (_, failure) = await _legs.MarketAsync(side, remaining, cycle, mid, purpose, legs, "maker_fallback");
        return _legs.Report("maker_fallback", quantity, legs, mid, null, failure);
    }

    /// <summary>Where a maker close rests: the best ask when selling (closing a long), the best bid when buying.</summary>
    public static decimal Touch(Side side, TopOfBook top) => side == Side.Sell ? top.BestAsk : top.BestBid;

    /// <summary>How far the mid has moved against the position being closed, in bps of the starting mid.</summary>
    public static decimal AdverseBps(Side closeSide, decimal startMid, decimal mid) =>
        (closeSide == Side.Sell ? startMid - mid : mid - startMid) / startMid * 10_000m;
}
