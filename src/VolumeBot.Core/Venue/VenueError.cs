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

    /// <summary>Not enough margin (or collateral) for the order: sending again cannot help.</summary>
    InsufficientMargin,

    /// <summary>The venue does not accept the keys, the signer or the account.</summary>
    Unauthorized,

    /// <summary>The venue refuses this client outright: IP not allowed, region blocked.</summary>
    Forbidden,
    InvalidRequest,

    /// <summary>The venue left every request unanswered for the run's limit (see VenueSilence): it counts as down.</summary>
    NotAnswering,
}

/// <summary>An expected venue outcome, returned as a value. Messages never carry secrets.</summary>
public sealed record VenueError(VenueErrorKind Kind, string Message)
{
    /// <summary>True when sending the same request again cannot create a second order or lose one.</summary>
    public bool IsTransient => Kind is VenueErrorKind.RateLimited or VenueErrorKind.Unavailable;

    /// <summary>
    /// True for an error no retry or waiting can mend (bad keys, unknown account, a blocked region, no margin): the bot
    /// stops trading at once rather than meet it again every second.
    /// </summary>
    public bool CannotHeal => Kind is VenueErrorKind.Unauthorized or VenueErrorKind.Forbidden or VenueErrorKind.InsufficientMargin or VenueErrorKind.NotAnswering;

    /// <summary>What the trader has to do about an error that <see cref="CannotHeal"/>, in one line.</summary>
    public string Remedy => Kind switch
    {
        VenueErrorKind.Unauthorized => "the venue does not accept the bot's keys or account; check them and start again",
        VenueErrorKind.Forbidden => "the venue refuses access from this IP address or region",
        VenueErrorKind.InsufficientMargin => "not enough margin for the order; add collateral or lower --quantity",
        VenueErrorKind.NotAnswering => "the venue stopped answering; check the position and open orders there by hand",
        _ => "retrying may help",
    };

    public override string ToString() => $"{Kind}: {Message}";
}
