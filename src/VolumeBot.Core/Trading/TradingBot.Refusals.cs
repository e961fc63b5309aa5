namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    /// <summary>
    /// An error that cannot heal stops the run at once (exit code 1, one line, an alert). If it came while trading, the
    /// shutdown still tries to leave the account flat; a second refusal there is reported, not retried.
    /// </summary>
    private async Task HaltOnRefusalAsync(VenueRefusalException refusal)
    {
        var wasTrading = _stopReason is null;
        Stop(StopReason.Halted, refusal.Message);
        if (!wasTrading)
        {
            return; // the refusal came during the shutdown itself
        }

        try
        {
            await ShutdownAsync();
        }
        catch (VenueRefusalException again)
        {
            _log.Error($"[SHUTDOWN] Could not finish: {again.Message}. Check the position and open orders on the venue");
        }
    }

    /// <summary>An error that cannot heal, met while applying a venue event, stops the run like one met by the loop.</summary>
    private void HaltOnRefusal(VenueRefusalException refusal) => Stop(StopReason.Halted, refusal.Message);
}
