using System.Globalization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public sealed partial class TradingBot
{
    /// <summary>
    /// One start-up line with the account's own fee rates where the venue reports them, and a warning when they are not
    /// the fee profile the trader compares against in --paper, simulate and estimate. Informational only: a read that
    /// fails is logged and the run goes on, since every fill carries its real fee anyway.
    /// </summary>
    private async Task LogAccountFeeRatesAsync()
    {
        var venue = VenueTitle(_venue.VenueName);
        VenueResult<AccountFeeRates?> read;
        try
        {
            read = await _venue.GetFeeRatesAsync(CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            read = VenueResult<AccountFeeRates?>.Fail(VenueErrorKind.Unavailable, failure.Message);
        }

        if (!read.IsSuccess)
        {
            _log.Warn($"Could not read this account's fee rates from {venue} ({read.Error.Message}); fills carry their real fee");
            return;
        }

        if (read.Value is not { } rates)
        {
            _log.Info($"{venue} does not report this account's fee rates; fills carry their real fee");
            return;
        }

        _log.Info($"Account fee rates ({venue}, {rates.Source}): maker {Bps(rates.MakerBps)} bps, taker {Bps(rates.TakerBps)} bps");
        if (_settings.FeeProfile is { } profile && (rates.MakerRate != _settings.MakerFeeRate || rates.TakerRate != _settings.TakerFeeRate))
        {
            _log.Warn($"This account's fee rates differ from fee profile {profile} (maker {Bps(_settings.MakerFeeRate * 10_000m)} bps, taker {Bps(_settings.TakerFeeRate * 10_000m)} bps) that --paper, simulate, estimate and the --max-loss check use; to compare with this account, pass --maker-fee-bps {Bps(rates.MakerBps)} --taker-fee-bps {Bps(rates.TakerBps)}");
        }
    }

    /// <summary>The venue as traders write it (GRVT, Paradex) rather than as the clients name it in code.</summary>
    private static string VenueTitle(string name) => name.ToLowerInvariant() switch
    {
        "grvt" => "GRVT",
        "paradex" => "Paradex",
        _ => name,
    };

    private static string Bps(decimal bps) => bps.ToString("0.####", CultureInfo.InvariantCulture);
}
