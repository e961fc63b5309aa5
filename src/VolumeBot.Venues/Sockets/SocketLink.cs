using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace VolumeBot.Venues.Sockets;

/// <summary>One live connection of a <see cref="ReconnectingSocket"/>: sends are serialised, receives are whole messages.</summary>
public sealed class SocketLink
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _send = new(1, 1);

    internal SocketLink(ClientWebSocket socket)
    {
        _socket = socket;
    }

    public async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>One whole message into <paramref name="buffer"/>; false when the venue closed the socket. Binary frames are skipped.</summary>
    public async Task<bool> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return false;
                }

                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Text)
            {
                return true;
            }
        }
    }
}
