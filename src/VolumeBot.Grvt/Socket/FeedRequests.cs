using System.Buffers;
using System.Text;
using System.Text.Json;

namespace VolumeBot.Grvt.Socket;

/// <summary>JSON-RPC requests on a /ws/full socket (protocols/grvt.md §6.2).</summary>
internal static class FeedRequests
{
    public static string Subscribe(long id, string stream, string selector)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", "subscribe");
            writer.WriteStartObject("params");
            writer.WriteString("stream", stream);
            writer.WriteStartArray("selectors");
            writer.WriteStringValue(selector);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteNumber("id", id);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
