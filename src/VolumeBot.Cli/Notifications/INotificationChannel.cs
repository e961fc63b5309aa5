namespace VolumeBot.Cli.Notifications;

/// <summary>One place alerts are delivered to (Telegram, Lark).</summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(string text, CancellationToken cancellationToken);
}
