using VolumeBot.Core.Accounting;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    private readonly ITradeJournal _journal;

    /// <summary>Writes the fills an interrupted earlier run made but never wrote, before this run trades.</summary>
    private async Task RecoverFillsAsync()
    {
        var tail = _journal.Tail;
        if (FillRecovery.Since(tail) is not { } since)
        {
            return;
        }

        var fills = await ReadAtStartAsync(token => _venue.GetFillsSinceAsync(since, token), "fills since the trades CSV's last row");
        var missing = FillRecovery.Missing(tail, fills, _ids);
        var written = missing.Count(Ledger.RecordRecovered);
        if (written > 0)
        {
            _log.Warn($"[RECOVER] {written} fills of an earlier run were not in the trades CSV (volume {missing.Sum(f => f.Notional)} USDT); written now, marked recovered");
        }
    }
}
