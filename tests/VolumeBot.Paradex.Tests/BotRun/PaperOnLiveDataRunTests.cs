using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.PublicData;
using VolumeBot.Paradex.Tests.Support;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

namespace VolumeBot.Paradex.Tests.BotRun;

/// <summary>
/// Core's TradingBot in boost mode on the paper venue fed by Paradex's public endpoints (the emulator's), on the
/// real clock: the cycles complete on the venue's book and tape while no order ever reaches the venue.
/// </summary>
public sealed class PaperOnLiveDataRunTests
{
    private static readonly BotTimings FastTimings = new()
    {
        ChaseInterval = TimeSpan.FromMilliseconds(700),
        ConfirmTimeout = TimeSpan.FromSeconds(2),
        TakerSettleTimeout = TimeSpan.FromSeconds(2),
        FillReportTimeout = TimeSpan.FromSeconds(1),
        RecheckInterval = TimeSpan.FromMilliseconds(200),
        PauseInterval = TimeSpan.FromMilliseconds(200),
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task Boost_run_completes_its_cycles_on_the_public_feed_without_touching_the_account()
    {
        // a price level of its own, so a fill can only have come from the emulator's book
        var market = ParadexEmulatorOptions.BusyBtc with { InitialMid = 64_000m };
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { Markets = [market], Seed = 41 });
        var journal = new ListJournal();
        var log = new RecordingLog();
        var settings = new BotSettings
        {
            Venue = "paradex",
            Ticker = "BTC",
            Quantity = 0.01m,
            Direction = Side.Buy,
            Boost = true,
            WaitTime = TimeSpan.Zero,
            MaxCycles = 2,
        };

        BotOutcome outcome;
        await using (var client = PaperVenue.CreateOnLiveData("paradex", PublicFeeds.For(emulator), FeeSchedule.Paradex, TimeProvider.System))
        {
            var bot = new TradingBot(client, settings, journal, log.Logger, TimeProvider.System, FastTimings);
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            outcome = await bot.RunAsync(safety.Token);
            Assert.False(safety.IsCancellationRequested, "the run did not finish within 45 s");
        }

        Assert.True(outcome.Reason == StopReason.MaxCycles, $"{outcome.Reason}: {outcome.Detail}\n{log}");
        Assert.Equal(2, outcome.Summary.Cycles);
        var fills = journal.Records;
        Assert.NotEmpty(fills);
        Assert.Equal(fills.Where(f => f.Side == Side.Buy).Sum(f => f.Quantity), fills.Where(f => f.Side == Side.Sell).Sum(f => f.Quantity));
        Assert.All(fills, f => Assert.InRange(f.Price, 63_000m, 65_000m));

        Assert.True(emulator.Stats.TradeReads > 2, $"{emulator.Stats.TradeReads} tape reads");
        Assert.Empty(emulator.Orders());
        Assert.Equal((0, 0, 0), (emulator.Stats.PrivateRequests, emulator.Stats.AuthRequests, emulator.Stats.WebSocketConnections));
    }
}
