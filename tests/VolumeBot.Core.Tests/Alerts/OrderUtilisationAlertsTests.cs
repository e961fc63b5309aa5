using VolumeBot.Core.Alerts;

namespace VolumeBot.Core.Tests.Alerts;

public class OrderUtilisationAlertsTests
{
    private sealed class Collected : IAlertSink
    {
        public List<string> Messages { get; } = [];

        public void Send(string text) => Messages.Add(text);
    }

    [Fact] // scenario 29
    public void Each_threshold_alerts_once()
    {
        var sink = new Collected();
        var alerts = new OrderUtilisationAlerts(sink, "PARADEX_BTC", 10);
        alerts.Check(5);
        Assert.Single(sink.Messages);
        Assert.StartsWith("🚨 风险提醒", sink.Messages[0], StringComparison.Ordinal);
        Assert.Contains("5/10 (≈50.0%)", sink.Messages[0], StringComparison.Ordinal);
        Assert.Contains("达到 50% 阈值", sink.Messages[0], StringComparison.Ordinal);
        alerts.Check(5);
        Assert.Single(sink.Messages);
        alerts.Check(8);
        Assert.Contains("80%", sink.Messages[1], StringComparison.Ordinal);
        alerts.Check(10);
        Assert.Equal(3, sink.Messages.Count);
        Assert.Contains("100%", sink.Messages[2], StringComparison.Ordinal);
    }

    [Fact] // scenario 29
    public void Jump_to_full_sends_all_three()
    {
        var sink = new Collected();
        new OrderUtilisationAlerts(sink, "PARADEX_BTC", 10).Check(10);
        Assert.Equal(3, sink.Messages.Count);
    }
}
