namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    private bool _shuttingDown;

    /// <summary>
    /// An error that cannot heal stops the run at once (exit code 1, one line, an alert). If it came while trading, the
    /// bot still tries to cancel its orders still on the book and leave the account flat; a refusal in the shutdown itself is reported and turns the stop
    /// into a halt, since the account may not be flat.
    /// </summary>
    private async Task HaltOnRefusalAsync(VenueRefusalException refusal)
    {
        if (_shuttingDown)
        {
            NotFinished(refusal);
            return;
        }

        Stop(StopReason.Halted, refusal.Message);
        _shuttingDown = true;
        try
        {
            // the refusal may have cut a cycle short with its order still on the book
            foreach (var order in _tracker.Where(o => !o.IsTerminal && o.Latest is not null).ToList())
            {
                _log.Warn($"[{ActivityLog.Tag(order.Purpose)}] [{order.ClientOrderId}] Cancelling the order before stopping");
                await _venue.CancelOrderAsync(order.ClientOrderId, CancellationToken.None);
            }

            await ShutdownAsync();
        }
        catch (VenueRefusalException again)
        {
            NotFinished(again);
            await StopStrategyAsync(); // the venue that refused must not keep the strategy's other venue from being closed
        }
    }

    private void NotFinished(VenueRefusalException refusal)
    {
        _log.Error($"[SHUTDOWN] Could not finish: {refusal.Message}. Check the position and open orders on the venue");
        if (_stopReason != StopReason.Halted)
        {
            _stopDetail = $"{_stopDetail}; then the shutdown was refused: {refusal.Message}";
            _stopReason = StopReason.Halted;
        }
    }

    /// <summary>What was left open, for the summary, if the venue still answers; null when it refuses that too.</summary>
    private async Task<Accounting.LeftOpen?> LeftOpenAfterRefusalAsync()
    {
        try
        {
            return await LeftOpenAsync();
        }
        catch (VenueRefusalException)
        {
            return null;
        }
    }

    /// <summary>An error that cannot heal, met while applying a venue event, stops the run like one met by the loop.</summary>
    private void HaltOnRefusal(VenueRefusalException refusal) => Stop(StopReason.Halted, refusal.Message);
}
