namespace VolumeBot.Venues.Sockets;

public sealed record ReconnectingSocketOptions
{
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Protocol-level pings; a pong that does not come within twice this breaks the connection.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A connection that says nothing for this long is taken for dead (protocols/grvt.md §6.6: 30 s on a market stream).</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
