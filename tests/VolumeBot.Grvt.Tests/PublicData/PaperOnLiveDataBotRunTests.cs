using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Grvt;
using VolumeBot.Grvt.PublicData;
using VolumeBot.Grvt.Tests.Support;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Grvt.Tests.PublicData;

/// <summary>
/// Core's TradingBot (boost, real clock) on the paper venue fed by GRVT's public book and trades, here the emulator's:
/// the cycles complete on simulated fills and nothing but public reads reaches the venue.
/// </summary>
public class PaperOnLiveDataBotRunTests
{
    private static readonly BotTimings FastTimings = new()
    {
        ChaseInterval = TimeSpan.FromMilliseconds(500),
        ConfirmTimeout = TimeSpan.FromSeconds(1),
        TakerSettleTimeout = TimeSpan.FromSeconds(1),
        FillReportTimeout = TimeSpan.FromMilliseconds(500),
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(500),
        RecheckInterval = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>
    /// A bid that holds for a few polls and busy takers. The paper venue fills a resting order from trades at the touch
    /// it last polled, so on a market that moves every step only through-trades would fill it.
    /// </summary>
    private static readonly MarketModelOptions SteadyBusyMarket = GrvtTestVenue.FastMarket() with
    {
        StepInterval = TimeSpan.FromMilliseconds(50),
        TickMoveProbability = 0.02,
        TakerArrivalProbability = 0.6,
    };

    [Fact]
    public async Task A_boost_run_on_live_grvt_data_completes_its_cycles_without_touching_the_venue()
    {
        await using var emulator = await GrvtEmulator.StartAsync(GrvtTestVenue.EmulatorOptions() with { Market = SteadyBusyMarket });
        var feed = new GrvtPublicMarketData(PublicMarketDataTests.FeedOptions(emulator));
        await using var paper = PaperVenue.CreateOnLiveData("grvt", feed, FeeSchedule.Grvt, TimeProvider.System);
        var journal = new ListJournal();
        var settings = new BotSettings
        {
            Venue = "grvt",
            Ticker = "ETH",
            Quantity = 0.1m,
            Boost = true,
            WaitTime = TimeSpan.Zero,
            MaxCycles = 2,
        };
        var bot = new TradingBot(paper, settings, journal, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeProvider.System, FastTimings);

        var outcome = await bot.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(40));

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(2, outcome.Summary.Cycles);
        Assert.Equal(0m, (await paper.GetPositionAsync(CancellationToken.None)).Value.SignedSize);
        Assert.Contains(journal.Records, r => r.Role == LiquidityRole.Maker);
        Assert.Equal(0m, journal.Records.Sum(r => r.Side.Sign() * r.Quantity));
        Assert.True(emulator.Requests("trade") >= 2);
        Assert.Equal(0, emulator.Logins);
        Assert.Equal(0, emulator.Requests("create_order"));
        Assert.Empty(emulator.AcceptedOrders);
    }
}
