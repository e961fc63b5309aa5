using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Simulation.Paper;

/// <summary>Builds the paper venue for a ticker: market model, matching engine and client in one call.</summary>
public static class PaperVenue
{
    public static PaperExchangeClient Create(string venue, string ticker, int seed, FeeSchedule fees, TimeProvider time, TimeSpan? latency = null)
    {
        var options = MarketModelOptions.ForTicker(venue, ticker);
        var engine = new MatchingEngine(new MarketModel(options, seed), fees, time);
        return new PaperExchangeClient(venue, engine, time, latency ?? TimeSpan.FromMilliseconds(25), options.StepInterval);
    }
}
