using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>The venue answered with an error that <see cref="VenueError.CannotHeal"/>: trading stops wherever it is met.</summary>
internal sealed class VenueRefusalException(VenueError error) : Exception($"{error.Remedy} ({error})")
{
    public VenueError Error { get; } = error;
}
