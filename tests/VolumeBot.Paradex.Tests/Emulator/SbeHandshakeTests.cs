using System.Net;
using System.Net.WebSockets;
using System.Text;
using VolumeBot.Emulators.Paradex;

namespace VolumeBot.Paradex.Tests.Emulator;

/// <summary>
/// The emulator negotiates SBE as Paradex does: schema 1 version 0 or 1 on the URL gets the public payloads as binary
/// frames, any other schema or version is refused with HTTP 400 at connect, and no parameters at all keeps JSON.
/// </summary>
public sealed class SbeHandshakeTests
{
    [Theory]
    [InlineData("sbeSchemaId=2&sbeSchemaVersion=1")]
    [InlineData("sbeSchemaId=1&sbeSchemaVersion=7")]
    [InlineData("sbeSchemaId=1")]
    [InlineData("sbeSchemaVersion=one&sbeSchemaId=1")]
    public async Task An_unsupported_schema_is_refused_with_400_at_connect(string query)
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"{emulator.WebSocketUrl}?{query}"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
        Assert.Equal(0, emulator.Stats.WebSocketConnections);
    }

    [Theory]
    [InlineData("?sbeSchemaId=1&sbeSchemaVersion=0", WebSocketMessageType.Binary)]
    [InlineData("?sbeSchemaId=1&sbeSchemaVersion=1", WebSocketMessageType.Binary)]
    [InlineData("", WebSocketMessageType.Text)]
    public async Task The_bbo_comes_as_sbe_only_when_the_url_asks_for_it(string query, WebSocketMessageType expected)
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"{emulator.WebSocketUrl}{query}"), CancellationToken.None);
        var subscribe = """{"jsonrpc":"2.0","method":"subscribe","params":{"channel":"bbo.BTC-USD-PERP"},"id":1}""";
        await socket.SendAsync(Encoding.UTF8.GetBytes(subscribe), WebSocketMessageType.Text, true, CancellationToken.None);

        var (answerType, answer) = await ReceiveAsync(socket);
        var (dataType, data) = await ReceiveAsync(socket);

        Assert.Equal(WebSocketMessageType.Text, answerType); // the control plane stays JSON
        Assert.Contains("\"id\":1", Encoding.UTF8.GetString(answer), StringComparison.Ordinal);
        Assert.Equal(expected, dataType);
        if (expected == WebSocketMessageType.Binary)
        {
            Assert.Equal(ParadexSbeFrames.BboTemplate, BitConverter.ToUInt16(data, 2));
            Assert.Equal(ParadexSbeFrames.SchemaId, BitConverter.ToUInt16(data, 4));
            Assert.Equal(1, emulator.Stats.SbeBookFrames);
        }
        else
        {
            Assert.Contains("\"channel\":\"bbo.BTC-USD-PERP\"", Encoding.UTF8.GetString(data), StringComparison.Ordinal);
            Assert.Equal(1, emulator.Stats.JsonBookMessages);
        }
    }

    private static async Task<(WebSocketMessageType Type, byte[] Payload)> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var payload = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            payload.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result.MessageType, payload.ToArray());
    }
}
