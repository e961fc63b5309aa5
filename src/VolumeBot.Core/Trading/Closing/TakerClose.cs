using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>
/// Closes a filled size at once (--close market and ioc; start-up and shutdown flattening): an IOC a tolerance through
/// the mid when asked, then reduce-only market orders for the rest.
/// </summary>
public sealed class TakerClose : ICloseTactic
{
    private readonly CloseLegs _legs;
    private readonly bool _ioc;

    public TakerClose(CloseLegs legs, bool ioc)
    {
        _legs = legs;
        _ioc = ioc;
    }

    public string Name => _ioc ? "ioc" : "market";

    public async Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose)
    {
        var log = _legs.Log;
        var book = await _legs.ReadBookAsync();
        var mid = book?.Top?.Mid;
        var legs = new List<TrackedOrder>();
        var iocFilled = 0m;
        var useIoc = _ioc && mid is not null;

        if (useIoc)
        {
            var iocPrice = IocPrice.For(side, mid!.Value, _legs.Settings.IocToleranceBps, _legs.Rules);
            log.Info($"[CLOSE_IOC] Attempting IOC order: {quantity} @ {iocPrice} (mid {mid})");
            var (ioc, result) = await _legs.IocAsync(side, quantity, iocPrice, cycle, mid, purpose, "ioc");
            legs.Add(ioc);
            iocFilled = ioc.FilledQuantity;
            if (!result.IsSuccess)
            {
                log.Warn($"[CLOSE_IOC] IOC order failed: {result.Error.Message}");
            }
            else if (iocFilled >= quantity)
            {
                log.Info($"[CLOSE_IOC] ✅ IOC fully filled: {iocFilled} @ {ioc.AverageFillPrice}");
            }
            else if (iocFilled > 0)
            {
                log.Info($"[CLOSE_IOC] IOC partially filled: {iocFilled}/{quantity}, remaining {quantity - iocFilled}");
            }
            else
            {
                log.Info($"[CLOSE_IOC] IOC not filled, will use market order");
            }
        }
        else if (_ioc)
        {
            log.Warn($"[CLOSE_IOC] No usable book for the IOC price; closing at market");
        }

        var (marketFilled, failure) = await _legs.MarketAsync(side, quantity - iocFilled, cycle, mid, purpose, legs, useIoc ? "ioc_fallback" : "market");
        if (useIoc)
        {
            _legs.Stats.IocResult(iocFilled, quantity, fellBackToMarket: legs.Count > 1);
        }

        var savings = useIoc && iocFilled + marketFilled >= quantity ? CloseLegs.SavingsAgainstMarket(book, side, quantity, CloseLegs.AveragePrice(legs)) : null;
        return _legs.Report(Label(useIoc, iocFilled, quantity), quantity, legs, mid, savings, failure);
    }

    private static string Label(bool usedIoc, decimal iocFilled, decimal quantity)
    {
        if (!usedIoc)
        {
            return "market";
        }

        return iocFilled >= quantity ? "ioc_success" : iocFilled > 0 ? "ioc_partial" : "ioc_failed";
    }
}
