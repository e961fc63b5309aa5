using System.Net.Http.Json;

namespace VolumeBot.Cli.Notifications;

/// <summary>Lark / Feishu flow webhook: {"msg_type":"text","content":{"text":...}}.</summary>
public sealed class LarkChannel(HttpClient http, string token, Uri baseAddress) : INotificationChannel
{
    public static readonly Uri DefaultBase = new("https://www.feishu.cn/");

    public string Name => "Lark";

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var url = new Uri($"{baseAddress}flow/api/trigger-webhook/{token}");
        var body = new LarkMessage("text", new LarkContent(text));
        using var response = await http.PostAsJsonAsync(url, body, NotificationJson.Default.LarkMessage, cancellationToken);
        NotificationFailure.ThrowUnlessSuccess(response);
    }
}
