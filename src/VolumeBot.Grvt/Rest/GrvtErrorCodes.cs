using VolumeBot.Core.Venue;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.Rest;

/// <summary>GRVT error codes (protocols/grvt.md §7.1) and what they mean to the bot.</summary>
internal static class GrvtErrorCodes
{
    public const int MustAuthenticate = 1000;
    public const int NotAuthorized = 1001;
    public const int InternalError = 1002;
    public const int MalformedSyntax = 1003;
    public const int DataNotFound = 1004;
    public const int UnknownError = 1005;
    public const int RateLimitExceeded = 1006;
    public const int IpNotWhitelisted = 1008;
    public const int EndpointDisabled = 1009;
    public const int UnauthorizedSigner = 2000;
    public const int SignatureMismatch = 2002;
    public const int OverlappingClientOrderId = 2012;
    public const int InsufficientMargin = 2080;

    /// <summary>The error kind for an answer that was not a success; <paramref name="isSubmission"/> marks create_order.</summary>
    public static VenueError ToVenueError(GrvtRestResponse response, string operation, bool isSubmission)
    {
        var what = $"GRVT {operation}: {response}";
        if (response.Failure != TransportFailure.None)
        {
            // a submission that may have been sent cannot be called failed; one that never connected can
            return isSubmission && response.Failure != TransportFailure.ConnectionFailed
                ? new VenueError(VenueErrorKind.UnknownOutcome, what)
                : new VenueError(VenueErrorKind.Unavailable, what);
        }

        if (response.IsRateLimited)
        {
            return new VenueError(VenueErrorKind.RateLimited, what);
        }

        if (response.Status >= 500 || response.ErrorCode is InternalError or UnknownError or EndpointDisabled)
        {
            return new VenueError(isSubmission ? VenueErrorKind.UnknownOutcome : VenueErrorKind.Unavailable, what);
        }

        var kind = response.ErrorCode switch
        {
            DataNotFound => VenueErrorKind.NotFound,
            IpNotWhitelisted => VenueErrorKind.Forbidden,
            MustAuthenticate or NotAuthorized or 1012 or 1400 or (>= 2000 and <= 2007) => VenueErrorKind.Unauthorized,
            InsufficientMargin or 2081 or 2082 or 2083 => VenueErrorKind.InsufficientMargin,
            OverlappingClientOrderId or 2060 or 2090 or (>= 2400 and <= 2402) => VenueErrorKind.Rejected,
            null when response.Status == 404 => VenueErrorKind.NotFound,
            null when response.Status == 401 => VenueErrorKind.Unauthorized,
            null when response.Status == 403 => VenueErrorKind.Forbidden, // a geo or IP block at the edge carries no GRVT code
            _ => VenueErrorKind.InvalidRequest,
        };
        return new VenueError(kind, what);
    }
}
