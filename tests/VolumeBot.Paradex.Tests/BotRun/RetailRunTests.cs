using VolumeBot.Core.Budget;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.BotRun;

/// <summary>
/// Issue 13: the bot with Retail orders (interactive token, 300 ms speed bump on every submit and cancel) and the order
/// budget, with the product's own timeouts: cycles, a re-price after a post-only refusal and the closes all complete
/// inside them, every fill at fee 0 and the account inside every Retail window.
/// </summary>
public sealed class RetailRunTests
{
    [Fact]
    public async Task The_speed_bump_fits_the_bots_timeouts_and_every_fill_is_fee_free()
    {
        await using var emulator = await ParadexEmulator.StartAsync(ParadexTestClients.BusyMarket(seed: 27));
        var settings = new BotSettings
        {
            Venue = "paradex", Ticker = "BTC", Quantity = 0.01m, Direction = Side.Buy, Boost = true, UseIoc = true,
            WaitTime = TimeSpan.Zero, MaxCycles = 3,
        };
        var timings = new BotTimings { PostOnlyAttempts = 3 }; // the product's timeouts; Retail's bound on re-prices
        using var budget = OrderBudget.Open(OrderLimits.ParadexRetail, 0.05m, null, CycleOrderBound.WorstCase(settings, timings), null, TimeProvider.System);
        var log = new RecordingLog();
        var journal = new ListJournal();
        await using var client = new ParadexClient(ParadexTestClients.Options(emulator) with { InteractiveToken = true }, TimeProvider.System, null);
        var bot = new TradingBot(new BudgetedVenue(client, budget), settings, journal, log.Logger, TimeProvider.System, timings)
        {
            CycleGate = new OrderBudgetGate(budget, new ActivityLog(log.Logger), TimeProvider.System),
        };
        emulator.Faults.RejectNextPostOnly(); // accepted, then refused after the bump: the bot re-prices

        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var outcome = await bot.RunAsync(safety.Token);

        Assert.True(outcome.Reason == StopReason.MaxCycles, $"{outcome.Reason}: {outcome.Detail}\n{log}");
        Assert.True(log.Contains("re-pricing"), log.ToString());
        Assert.Empty(log.Errors);
        Assert.Equal(0m, emulator.Position());
        Assert.NotEmpty(emulator.Fills());
        Assert.All(emulator.Fills(), f => Assert.Equal(0m, f.Fee));
        Assert.All(journal.Records, r => Assert.Equal(0m, r.Fee));
        Assert.False(emulator.Retail.IsDemoted(emulator.Account.Id));
        Assert.All(emulator.Retail.Limits, l => Assert.True(emulator.Retail.MostIn(l.Window) <= l.Limit));
    }
}
