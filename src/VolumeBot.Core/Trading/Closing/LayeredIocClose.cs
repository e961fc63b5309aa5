using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>
/// --close layered-ioc (the strategy document's scheme B): IOCs for a share of what is left at growing distances
/// through the mid (--ioc-layers), then market for the rest. Each layer's fill and estimated saving is logged.
/// </summary>
public sealed class LayeredIocClose : ICloseTactic
{
    private readonly CloseLegs _legs;

    public LayeredIocClose(CloseLegs legs)
    {
        _legs = legs;
    }

    public string Name => "layered-ioc";

    public string Detail => $"layers {string.Join(",", _legs.Settings.IocLayers)}, then market";

    public async Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose)
    {
        var log = _legs.Log;
        var rules = _legs.Rules;
        var book = await _legs.ReadBookAsync();
        var mid = book?.Top?.Mid;
        var legs = new List<TrackedOrder>();
        var remaining = quantity;
        if (mid is not { } m)
        {
            log.Warn($"[CLOSE_IOC] No usable book for the IOC layers; closing at market");
        }
        else
        {
            var number = 0;
            foreach (var layer in _legs.Settings.IocLayers)
            {
                number++;
                var size = rules.RoundSizeDown(remaining * layer.SharePercent / 100m);
                if (size < rules.MinSize || remaining - size < rules.MinSize)
                {
                    size = remaining; // a share, or a rest, too small to send on its own: this layer takes what is left
                }

                if (remaining < rules.MinSize)
                {
                    break;
                }

                var price = IocPrice.For(side, m, layer.Bps, rules);
                var (ioc, result) = await _legs.IocAsync(side, size, price, cycle, mid, purpose, $"ioc_layer{number}");
                legs.Add(ioc);
                remaining -= ioc.FilledQuantity;
                var saving = CloseLegs.SavingsAgainstMarket(book, side, quantity, ioc.AverageFillPrice, ioc.FilledQuantity);
                var outcome = result.IsSuccess ? $"filled {ioc.FilledQuantity} @ {ioc.AverageFillPrice}" : $"failed ({result.Error.Message})";
                log.Info($"[CLOSE_IOC] Layer {number} ({layer}): IOC {size} @ {price} (mid {mid}) {outcome}, estimated_savings: {(saving is { } s ? decimal.Round(s, 6) : 0m)}; remaining {remaining}");
            }
        }

        var layered = quantity - remaining;
        var (marketFilled, failure) = await _legs.MarketAsync(side, remaining, cycle, mid, purpose, legs, mid is null ? "market" : "ioc_fallback");
        if (mid is not null)
        {
            _legs.Stats.IocResult(layered, quantity, fellBackToMarket: legs.Any(l => l.Request.Kind == OrderKind.Market));
        }

        var savings = mid is not null && layered + marketFilled >= quantity ? CloseLegs.SavingsAgainstMarket(book, side, quantity, CloseLegs.AveragePrice(legs)) : null;
        var label = mid is null ? "market" : layered >= quantity ? "ioc_layered" : layered > 0 ? "ioc_layered_partial" : "ioc_layered_failed";
        return _legs.Report(label, quantity, legs, mid, savings, failure);
    }
}
