using VolumeBot.Core.Trading;

namespace VolumeBot.Core.Alerts;

/// <summary>Alerts as WARNING lines of the activity log, so nothing is lost when no channel is configured.</summary>
public sealed class LogAlertSink(ActivityLog log) : IAlertSink
{
    public void Send(string text) => log.Warn($"ALERT: {text.ReplaceLineEndings(" / ")}");
}
