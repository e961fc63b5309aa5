namespace VolumeBot.Cli.Notifications;

/// <summary>The channels configured by the environment (read at start-up, after .env is loaded).</summary>
public static class NotificationChannels
{
    public static IReadOnlyList<INotificationChannel> FromEnvironment(HttpClient http)
    {
        var channels = new List<INotificationChannel>();
        var lark = Variable("LARK_TOKEN");
        if (lark is not null)
        {
            channels.Add(new LarkChannel(http, lark, Base("LARK_API_BASE", LarkChannel.DefaultBase)));
        }

        var telegramToken = Variable("TELEGRAM_BOT_TOKEN");
        var telegramChat = Variable("TELEGRAM_CHAT_ID");
        if (telegramToken is not null && telegramChat is not null)
        {
            channels.Add(new TelegramChannel(http, telegramToken, telegramChat, Base("TELEGRAM_API_BASE", TelegramChannel.DefaultBase)));
        }

        return channels;
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;

    private static Uri Base(string name, Uri fallback)
    {
        var value = Variable(name);
        return value is null ? fallback : new Uri(value.EndsWith('/') ? value : value + "/");
    }
}
