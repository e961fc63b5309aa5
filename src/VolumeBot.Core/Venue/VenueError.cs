namespace VolumeBot.Core.Venue;

public enum VenueErrorKind
{
    PostOnlyWouldCross,
    NotFound,
    RateLimited,
    Unavailable,

    /// <summary>The request may or may not have reached the venue (timeout, connection reset).</summary>
    UnknownOutcome,
    Rejected,
    InsufficientMargin,
    Unauthorized,
    InvalidRequest,
}

/// <summary>An expected venue outcome, returned as a value. Messages never carry secrets.</summary>
public sealed record VenueError(VenueErrorKind Kind, string Message)
{
    /// <summary>True when sending the same request again cannot create a second order or lose one.</summary>
    public bool IsTransient => Kind is VenueErrorKind.RateLimited or VenueErrorKind.Unavailable;

    public override string ToString() => $"{Kind}: {Message}";
}
