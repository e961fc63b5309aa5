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

    /// <summary>Paper trading on a venue's live public data: the real book and trades, simulated fills.</summary>
    public static PaperExchangeClient CreateOnLiveData(string venue, IPublicMarketData feed, FeeSchedule fees, TimeProvider time, TimeSpan? pollInterval = null)
    {
        var market = new LiveFeedMarket(pollInterval ?? TimeSpan.FromMilliseconds(500));
        var engine = new MatchingEngine(market, fees, time);
        return new PaperExchangeClient(venue, engine, time, TimeSpan.Zero, new LiveFeedPump(feed, market, time));
    }
}
