using VolumeBot.Core.Venue;
using VolumeBot.Simulation.LiveData;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Paper;

/// <summary>Builds the paper venue for a ticker: market model, matching engine and client in one call.</summary>
public static class PaperVenue
{
    public static PaperExchangeClient Create(string venue, string ticker, int seed, FeeSchedule fees, TimeProvider time, TimeSpan? latency = null) =>
        Create(venue, MarketModelOptions.ForTicker(venue, ticker), seed, fees, time, latency);

    /// <summary>The paper venue on a market of the caller's shape (a calibrated default, a --market-file).</summary>
    public static PaperExchangeClient Create(string venue, MarketModelOptions options, int seed, FeeSchedule fees, TimeProvider time, TimeSpan? latency = null)
    {
        var engine = new MatchingEngine(new MarketModel(options, seed), fees, time);
        return new PaperExchangeClient(venue, engine, time, latency ?? TimeSpan.FromMilliseconds(25), new ClockDriver(options.StepInterval, time));
    }

    /// <summary>
    /// Two paper venues of one asset that move together (hedged farming): one common mid (the first market's start and
    /// volatility, seed <paramref name="seed"/>), each venue with its own basis, spread, depth and other traders.
    /// </summary>
    public static (PaperExchangeClient First, PaperExchangeClient Second) CreateLinked(
        (string Venue, MarketModelOptions Market, FeeSchedule Fees) first,
        (string Venue, MarketModelOptions Market, FeeSchedule Fees) second,
        int seed,
        TimeProvider time,
        TimeSpan? latency = null)
    {
        var market = first.Market;
        var common = new CommonMid(market.InitialMid, market.DailyVolatilityPercent ?? 0, market.StepInterval, seed);
        PaperExchangeClient Paper((string Venue, MarketModelOptions Market, FeeSchedule Fees) leg, int legSeed)
        {
            // one step interval for both, so step n of each is the same moment of the common path
            var options = leg.Market with { StepInterval = market.StepInterval };
            var engine = new MatchingEngine(new MarketModel(options, legSeed, common), leg.Fees, time);
            return new PaperExchangeClient(leg.Venue, engine, time, latency ?? TimeSpan.FromMilliseconds(25), new ClockDriver(options.StepInterval, time));
        }

        return (Paper(first, seed + 1), Paper(second, seed + 2));
    }

    /// <summary>Paper trading on a venue's live public data: the real book and trades, simulated fills.</summary>
    public static PaperExchangeClient CreateOnLiveData(string venue, IPublicMarketData feed, FeeSchedule fees, TimeProvider time, TimeSpan? pollInterval = null)
    {
        var market = new LiveFeedMarket(pollInterval ?? TimeSpan.FromMilliseconds(500));
        var engine = new MatchingEngine(market, fees, time);
        return new PaperExchangeClient(venue, engine, time, TimeSpan.Zero, new LiveFeedPump(feed, market, time));
    }
}
