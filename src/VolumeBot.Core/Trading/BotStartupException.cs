using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>The bot could not start (venue unreachable, market unknown, size below the market minimum).</summary>
public sealed class BotStartupException(string message, VenueError? connectError = null) : Exception(message)
{
    /// <summary>The venue's answer when connecting failed (null for later start-up errors): lets the caller name the host.</summary>
    public VenueError? ConnectError { get; } = connectError;
}
