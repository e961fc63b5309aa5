using VolumeBot.Core.Alerts;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Alerts;

public class LossAlertsTests
{
    private sealed class Collected : IAlertSink
    {
        public List<string> Messages { get; } = [];

        public void Send(string text) => Messages.Add(text);
    }

    [Fact] // scenario 30
    public void Each_loss_threshold_alerts_once_per_entry()
    {
        var sink = new Collected();
        var alerts = new LossAlerts(sink, "PARADEX_ETH", Side.Buy);
        alerts.OpenFilled(1, 100m, 1m);
        alerts.Check(new TopOfBook(40m, 41m));
        Assert.Single(sink.Messages);
        Assert.StartsWith("🚨 亏损告警", sink.Messages[0], StringComparison.Ordinal);
        Assert.Contains("60.0%", sink.Messages[0], StringComparison.Ordinal);
        alerts.Check(new TopOfBook(40m, 41m));
        Assert.Single(sink.Messages);
        alerts.Check(new TopOfBook(10m, 11m));
        Assert.Contains("90.0%", sink.Messages[1], StringComparison.Ordinal);
    }

    [Fact] // W-P7: an empty bid is not a 100 % loss
    public void Empty_book_side_raises_nothing()
    {
        var sink = new Collected();
        var alerts = new LossAlerts(sink, "GRVT_ETH", Side.Buy);
        alerts.OpenFilled(1, 100m, 1m);
        alerts.Check(new TopOfBook(0m, 101m));
        Assert.Empty(sink.Messages);
    }

    [Fact] // W-P7: a take-profit closes its own entry, partial fills count
    public void Take_profit_fills_reduce_their_own_cycle()
    {
        var sink = new Collected();
        var alerts = new LossAlerts(sink, "PARADEX_ETH", Side.Sell);
        alerts.OpenFilled(1, 100m, 0.4m);
        alerts.OpenFilled(2, 200m, 1m);
        alerts.CloseFilled(2, 1m);
        Assert.Equal(1, alerts.OpenEntries);
        alerts.Check(new TopOfBook(159m, 160m)); // the 100 short of cycle 1 is 60 % under water
        Assert.Contains("数量 0.4000", Assert.Single(sink.Messages), StringComparison.Ordinal);
    }
}

public class RuntimeReportTests
{
    private sealed class Collected : IAlertSink
    {
        public List<string> Messages { get; } = [];

        public void Send(string text) => Messages.Add(text);
    }

    [Fact] // scenario 31, but no report of zeros at t = 0 (issue 8 item 12)
    public void Report_is_sent_every_thirty_minutes_the_first_thirty_minutes_after_the_start()
    {
        var sink = new Collected();
        var venue = new ScriptedVenue();
        var settings = BotHarness.Boost(maxCycles: 1) with { WaitTime = TimeSpan.FromSeconds(1) };
        var harness = new BotHarness(settings, venue);
        var bot = new TradingBot(venue, settings with { MaxCycles = null }, harness.Journal, harness.Log.Logger, harness.Time, new BotTimings(), new Random(1), sink);
        using var stop = new CancellationTokenSource();
        FakeTimeRunner.Run(harness.Time, async () =>
        {
            var run = bot.RunAsync(stop.Token);
            for (var i = 0; i < 70; i++)
            {
                while (venue.PlacedOf(OrderKind.PostOnly).Count <= i)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10), harness.Time);
                }

                await Task.Delay(TimeSpan.FromSeconds(55), harness.Time);
                venue.Fill(venue.PlacedOf(OrderKind.PostOnly)[i].ClientOrderId, 1.0m);
            }

            stop.Cancel(); // inline, not on a pool thread: fake-time tests stay single-threaded
            return await run;
        });

        var reports = sink.Messages.Where(m => m.StartsWith("📈 [Boost刷量报告] PARADEX_TEST", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reports.Count); // after 30 and 60 of the ~64 minutes, none at the start
        Assert.Matches("运行时长: 3[0-2]分钟", reports[0]); // the first status after 30 minutes (a cycle takes about a minute)
        Assert.Matches("运行时长: 1小时[0-3]分钟", reports[1]);
        Assert.DoesNotContain("累计成交: 0次", reports[0], StringComparison.Ordinal);
        Assert.Contains("【成本分析】", reports[1], StringComparison.Ordinal);
        Assert.Contains("✅ 正常", reports[1], StringComparison.Ordinal);
    }
}
