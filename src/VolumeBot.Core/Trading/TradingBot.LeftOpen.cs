using VolumeBot.Core.Accounting;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    private bool _strategyStopped;

    /// <summary>Read after the shutdown, for the summary: the venue's position and each resting take-profit with its price.</summary>
    private async Task<LeftOpen> LeftOpenAsync()
    {
        var position = await _venue.GetPositionAsync(CancellationToken.None);
        var resting = _strategy.FlatBetweenCycles ? [] : await ActiveCloseOrdersAsync() ?? [];
        var takeProfits = resting
            .Select(o => new RestingOrder(o.ClientOrderId, o.Side, o.RemainingQuantity, o.Price ?? 0m, _tracker.Find(o.ClientOrderId, o.VenueOrderId)?.Cycle))
            .OrderBy(o => o.Price)
            .ToList();
        return new LeftOpen(position.IsSuccess ? position.Value.SignedSize : null, takeProfits);
    }

    /// <summary>Once per run, whichever shutdown path comes first: the strategy leaves any other venue it trades flat.</summary>
    private async Task StopStrategyAsync()
    {
        if (_strategyStopped)
        {
            return;
        }

        _strategyStopped = true;
        if (await _strategy.StopAsync() is { } notFlat)
        {
            LeftNotFlat(notFlat);
        }
    }

    /// <summary>The strategy's other venue may not be flat after its shutdown: the run ends as halted, with an alert.</summary>
    private void LeftNotFlat(string detail)
    {
        _log.Error($"[SHUTDOWN] {detail}");
        _alerts.Send($"⚠️ [{_settings.Label}] Shutdown: {detail}. 当前可能有未平仓位，请检查并手动处理！");
        _stopDetail = _stopDetail.Length == 0 ? detail : $"{_stopDetail}; {detail}";
        _stopReason = StopReason.Halted;
    }
}
