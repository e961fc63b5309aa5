using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    /// <summary>
    /// Boost mode must leave the market flat. When the venue would not tell the position even after retries, the run
    /// cannot say it did: it ends as halted (exit code 1), whatever stopped it, and says what to check.
    /// </summary>
    private void PositionUnconfirmedAtShutdown(VenueError error)
    {
        var detail = $"the position could not be read at shutdown ({error.Message}); it may still be open";
        _log.Error($"[SHUTDOWN] Could not confirm the position after {StartupReadAttempts} reads ({error.Message}); check {_rules.Symbol} on {_venue.VenueName} and close it by hand");
        _alerts.Send($"⚠️ [{_settings.Label}] Shutdown could not confirm the position: {error.Message}. 当前可能有未平仓位，请检查并手动处理！");
        _stopDetail = _stopDetail.Length == 0 ? detail : $"{_stopDetail}; {detail}";
        _stopReason = StopReason.Halted;
    }
}
