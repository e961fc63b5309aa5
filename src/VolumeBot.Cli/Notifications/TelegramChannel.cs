using System.Net;
using System.Net.Http.Json;

namespace VolumeBot.Cli.Notifications;

/// <summary>Telegram Bot API sendMessage with HTML parse mode; the text is HTML-escaped (the Python bot did not).</summary>
public sealed class TelegramChannel(HttpClient http, string token, string chatId, Uri baseAddress) : INotificationChannel
{
    public static readonly Uri DefaultBase = new("https://api.telegram.org/");

    public string Name => "Telegram";

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var url = new Uri($"{baseAddress}bot{token}/sendMessage"); // "bot123:abc" would parse as a URI scheme if resolved relatively
        var body = new TelegramMessage(chatId, WebUtility.HtmlEncode(text), "HTML");
        using var response = await http.PostAsJsonAsync(url, body, NotificationJson.Default.TelegramMessage, cancellationToken);
        NotificationFailure.ThrowUnlessSuccess(response);
    }
}
