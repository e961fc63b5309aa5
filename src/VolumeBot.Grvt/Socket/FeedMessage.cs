using System.Text.Json;

namespace VolumeBot.Grvt.Socket;

/// <summary>What arrives on /ws/full: a subscription answer (JSON-RPC, with id) or a feed message (stream + feed).</summary>
internal abstract record FeedMessage
{
    public static FeedMessage Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new UnknownMessage("not an object");
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
                var message = error.TryGetProperty("message", out var m) ? m.ToString() : "";
                return new ErrorMessage(Id(root), code, message);
            }

            if (root.TryGetProperty("feed", out var feed) && root.TryGetProperty("stream", out var stream))
            {
                var sequence = root.TryGetProperty("sequence_number", out var s) ? Long(s) : 0;
                return new Feed(stream.GetString() ?? "", sequence, feed.GetRawText());
            }

            if (root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object)
            {
                var streamName = result.TryGetProperty("stream", out var st) ? st.GetString() ?? "" : "";
                return new Subscribed(Id(root), streamName);
            }

            return new UnknownMessage("no feed, result or error");
        }
        catch (JsonException)
        {
            return new UnknownMessage("not JSON");
        }
    }

    private static long? Id(JsonElement root) => root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    private static long Long(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.String when long.TryParse(value.GetString(), out var parsed) => parsed,
        _ => 0,
    };
}

internal sealed record Subscribed(long? Id, string Stream) : FeedMessage;

internal sealed record ErrorMessage(long? Id, int Code, string Message) : FeedMessage;

internal sealed record Feed(string Stream, long Sequence, string FeedJson) : FeedMessage;

internal sealed record UnknownMessage(string Why) : FeedMessage;
