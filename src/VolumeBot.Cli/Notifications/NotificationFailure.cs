namespace VolumeBot.Cli.Notifications;

/// <summary>A failed delivery, described without the URL (a Telegram URL carries the bot token).</summary>
public sealed class NotificationFailure(string message) : Exception(message)
{
    public static void ThrowUnlessSuccess(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new NotificationFailure($"HTTP {(int)response.StatusCode}");
        }
    }

    /// <summary>What may be logged about an exception from a channel.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        NotificationFailure failure => failure.Message,
        OperationCanceledException => "timed out",
        HttpRequestException http => http.HttpRequestError.ToString(),
        _ => exception.GetType().Name,
    };
}
