using System.Text.Json.Serialization;

namespace VolumeBot.Cli.Notifications;

public sealed record TelegramMessage(
    [property: JsonPropertyName("chat_id")] string ChatId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("parse_mode")] string ParseMode);

public sealed record LarkContent([property: JsonPropertyName("text")] string Text);

public sealed record LarkMessage(
    [property: JsonPropertyName("msg_type")] string MessageType,
    [property: JsonPropertyName("content")] LarkContent Content);

[JsonSerializable(typeof(TelegramMessage))]
[JsonSerializable(typeof(LarkMessage))]
internal sealed partial class NotificationJson : JsonSerializerContext;
