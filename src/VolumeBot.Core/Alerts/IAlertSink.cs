namespace VolumeBot.Core.Alerts;

/// <summary>Where the bot's alerts go (the log by default; Telegram and Lark where configured). Must never block or throw.</summary>
public interface IAlertSink
{
    void Send(string text);
}
