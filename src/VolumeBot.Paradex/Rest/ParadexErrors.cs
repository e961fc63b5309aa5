using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>Paradex HTTP errors ({"error": CODE, "message": text}) as the loop's error kinds (protocol §7).</summary>
internal static class ParadexErrors
{
    private const int MaxMessageLength = 240;

    public static VenueError From(RestResponse response, RequestKind operation, string what)
    {
        if (response.LocalError is { } local)
        {
            return local;
        }

        if (response.Failure != TransportFailure.None)
        {
            var detail = response.Failure switch
            {
                TransportFailure.Timeout => "timed out",
                TransportFailure.ConnectionFailed => "could not connect",
                _ => "connection lost",
            };
            var kind = operation == RequestKind.Submit && response.Failure != TransportFailure.ConnectionFailed
                ? VenueErrorKind.UnknownOutcome
                : VenueErrorKind.Unavailable;
            return new VenueError(kind, $"{what}: {detail}");
        }

        var wire = ParadexJson.Parse(response.Body, ParadexJson.Default.ErrorWire);
        var code = wire?.Error ?? "";
        var message = Trim($"{what}: HTTP {response.Status}{(code.Length > 0 ? " " + code : "")}{(string.IsNullOrWhiteSpace(wire?.Message) ? "" : " - " + wire.Message)}");
        return new VenueError(KindOf(response.Status, code, operation), message);
    }

    private static VenueErrorKind KindOf(int status, string code, RequestKind operation)
    {
        switch (code)
        {
            case "POST_ONLY_WOULD_CROSS":
                return VenueErrorKind.PostOnlyWouldCross;
            case "NOT_ENOUGH_MARGIN" or "INSUFFICIENT_MARGIN" or "INSUFFICIENT_BALANCE":
                return VenueErrorKind.InsufficientMargin;
            case "ORDER_ID_NOT_FOUND" or "CLIENT_ORDER_ID_NOT_FOUND" or "ORDER_NOT_FOUND":
                return VenueErrorKind.NotFound;
            case "NOT_ONBOARDED" or "INVALID_TOKEN" or "TOKEN_EXPIRED" or "UNAUTHORIZED" or "INVALID_STARKNET_SIGNATURE"
                or "STARKNET_SIGNATURE_VERIFICATION_FAILED" or "INVALID_STARKNET_ADDRESS" or "ACCOUNT_NOT_FOUND" or "GEO_IP_BLOCK" or "IP_NOT_ALLOWED":
                return VenueErrorKind.Unauthorized;
            case "DUPLICATED_CLIENT_ID" when operation == RequestKind.Submit:
                // an order with this client id exists: the loop must look it up, not treat the submission as failed
                return VenueErrorKind.UnknownOutcome;
            case "ORDER_IS_CLOSED" or "ORDER_IS_NOT_OPEN" or "SYSTEM_STATUS_POST_ONLY" or "SYSTEM_STATUS_CANCEL_ONLY" or "MARKET_NOT_OPEN" or "DUPLICATED_CLIENT_ID":
                return VenueErrorKind.Rejected;
        }

        return status switch
        {
            429 => VenueErrorKind.RateLimited,
            >= 500 => operation == RequestKind.Submit ? VenueErrorKind.UnknownOutcome : VenueErrorKind.Unavailable,
            401 or 403 => VenueErrorKind.Unauthorized,
            404 => VenueErrorKind.NotFound,
            _ => VenueErrorKind.InvalidRequest,
        };
    }

    private static string Trim(string text) => text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
