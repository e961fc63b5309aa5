using System.Text.Json;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// One HTTP exchange with a GRVT host: status and body, or the transport failure. GRVT errors are
/// <c>{"code","message","status"}</c>; any body with a <c>code</c> is an error, whatever the HTTP status.
/// </summary>
internal sealed class GrvtRestResponse : IRetryableAnswer
{
    public GrvtRestResponse(int status, string body, IReadOnlyList<string>? setCookies = null, string? accountIdHeader = null)
    {
        Status = status;
        Body = body;
        SetCookies = setCookies ?? [];
        AccountIdHeader = accountIdHeader;
        (ErrorCode, ErrorMessage) = ReadError(body);
    }

    private GrvtRestResponse(TransportFailure failure)
    {
        Failure = failure;
        Body = "";
        SetCookies = [];
    }

    public int Status { get; }

    public string Body { get; }

    public TransportFailure Failure { get; }

    public IReadOnlyList<string> SetCookies { get; }

    public string? AccountIdHeader { get; }

    public int? ErrorCode { get; }

    public string? ErrorMessage { get; }

    public TimeSpan? RetryAfter { get; init; }

    public bool IsSuccess => Failure == TransportFailure.None && Status is >= 200 and < 300 && ErrorCode is null;

    public bool IsRateLimited => Status == 429 || ErrorCode == GrvtErrorCodes.RateLimitExceeded;

    /// <summary>The session is missing or expired: log in again and repeat once.</summary>
    public bool NeedsLogin => Failure == TransportFailure.None && (Status == 401 || ErrorCode == GrvtErrorCodes.MustAuthenticate);

    /// <summary>Worth asking again for an idempotent read: a rate limit, a gateway hiccup or no answer at all.</summary>
    public bool IsTransient =>
        Failure != TransportFailure.None
        || IsRateLimited
        || Status is 500 or 502 or 503 or 504
        || ErrorCode is GrvtErrorCodes.InternalError or GrvtErrorCodes.UnknownError or GrvtErrorCodes.EndpointDisabled;

    public static GrvtRestResponse Failed(TransportFailure failure) => new(failure);

    public override string ToString() => Failure != TransportFailure.None
        ? $"no answer ({Failure})"
        : ErrorCode is { } code ? $"HTTP {Status}, code {code}: {ErrorMessage}" : $"HTTP {Status}";

    private static (int? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body[0] != '{')
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var code))
            {
                return (null, null);
            }

            int? number = code.ValueKind switch
            {
                JsonValueKind.Number when code.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(code.GetString(), out var s) => s,
                _ => null,
            };
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()
                : root.TryGetProperty("api_msg", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()
                : null;
            return (number, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
