using System.Net.WebSockets;

namespace VolumeBot.Venues.Sockets;

/// <summary>
/// What a venue says on a <see cref="ReconnectingSocket"/>: what goes on the handshake, what to send once connected
/// (authenticate, subscribe) and how to read what comes back. A message that shows data was missed (a sequence gap)
/// or a refused subscription makes the socket reconnect.
/// </summary>
public abstract class SocketProtocol
{
    /// <summary>Before each connection: handshake headers (cookies, account ids); a reason when it cannot connect now, else null.</summary>
    public virtual Task<string?> PrepareAsync(ClientWebSocketOptions options, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>How long the connection just prepared may live (a session that must be renewed); null for as long as it lasts.</summary>
    public virtual TimeSpan? ConnectionLifetime => null;

    /// <summary>The handshake failed (its HTTP status is on <paramref name="socket"/> when the options collect it).</summary>
    public virtual void OnHandshakeFailed(ClientWebSocket socket)
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
