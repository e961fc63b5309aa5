using System.Globalization;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// How long a boost round takes to fill its open and close beyond the wait, and the slippage it pays, measured by a short
/// simulation of the bot on the ticker's simulated market (the same loop and paper venue as a --paper run).
/// </summary>
public static class FillTimeProbe
{
    public const int Cycles = 50;

    /// <summary>
    /// Seconds per round, slippage in bps of volume (as the bot's summary counts it), the share of the close volume that
    /// filled as maker, and where the figures came from; an error when the bot would refuse the run (a bad quantity).
    /// </summary>
    public static (decimal? Seconds, decimal? SlippageBps, decimal? MakerCloseShare, string Source, string? Error) Measure(string venue, string ticker, decimal quantity, decimal waitSeconds, PlannedClose close, FeeSchedule fees)
    {
        if (close == PlannedClose.TakeProfit)
        {
            return (null, null, null, "assumed; a take-profit's fill time is not simulated", null);
        }

        var (market, unknown) = MarketModelOptions.TryForTicker(venue, ticker);
        if (market is null)
        {
            return (null, null, null, $"assumed; {unknown}", null);
        }

        var settings = new BotSettings
        {
            Venue = venue, Ticker = ticker, Quantity = quantity, Boost = true, UseIoc = close == PlannedClose.Ioc, CloseTactic = PlannedCloses.Tactic(close),
            WaitTime = TimeSpan.FromSeconds((double)waitSeconds), MaxCycles = Cycles,
        };
        try
        {
            var result = Simulator.Run(new SimulationRequest { Label = "estimate", Settings = settings, Market = market, Fees = fees });
            var cycles = Math.Max(1, result.Summary.Cycles);
            var perRound = (decimal)result.SimulatedTime.TotalSeconds / cycles - waitSeconds;
            var slippageBps = BasisPoints.Of(result.Summary.Slippage, result.Summary.QuoteVolume);
            var closeVolume = result.Summary.QuoteVolume / 2; // opens are post-only: every taker fill is a close's
            var makerCloseShare = closeVolume == 0 ? (decimal?)null : Math.Clamp(1 - result.Summary.TakerVolume / closeVolume, 0m, 1m);
            return (
                decimal.Round(Math.Max(0, perRound), 2),
                decimal.Round(slippageBps, 2),
                makerCloseShare is { } share ? decimal.Round(share, 3) : null,
                string.Create(CultureInfo.InvariantCulture, $"measured by a {cycles}-cycle simulation on the simulated {ticker} market"),
                null);
        }
        catch (BotStartupException refused)
        {
            return (null, null, null, "", refused.Message);
        }
    }
}
