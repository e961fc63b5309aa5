using System.Net.WebSockets;

namespace VolumeBot.Venues.Sockets;

/// <summary>
/// What a venue says on a <see cref="ReconnectingSocket"/>: how to shake hands, what to send once connected
/// (authenticate, subscribe) and how to read what comes back. A message that shows data was missed (a sequence gap)
/// or a refused subscription makes the socket reconnect.
/// </summary>
public abstract class SocketProtocol
{
    /// <summary>Handshake headers (cookies, account ids); nothing by default.</summary>
    public virtual void Configure(ClientWebSocketOptions options)
    {
    }

    /// <summary>Authenticates and subscribes on a new connection; a reason when it cannot, else null.</summary>
    public abstract Task<string?> OpenAsync(SocketLink link, CancellationToken cancellationToken);

    /// <summary>Reads one whole text message; a reason to reconnect (a gap, a refusal), else null.</summary>
    public abstract string? OnMessage(ReadOnlySpan<byte> utf8);

    /// <summary>The connection is gone: whatever it kept up to date is no longer trusted.</summary>
    public virtual void OnDown()
    {
    }
}
