using System.Net.WebSockets;

namespace VolumeBot.Grvt.Auth;

/// <summary>
/// A logged-in API-key session: the <c>gravity</c> cookie and the account id header, sent explicitly on every
/// private call and on the WebSocket handshake. The cookie never leaves this class except into those headers.
/// </summary>
public sealed class GrvtSession
{
    public const string CookieName = "gravity";
    public const string AccountIdHeader = "X-Grvt-Account-Id";

    private readonly string _cookie;

    public GrvtSession(string cookie, string accountId, DateTimeOffset expiresAt)
    {
        _cookie = cookie;
        AccountId = accountId;
        ExpiresAt = expiresAt;
    }

    /// <summary>Opaque, echoed back verbatim.</summary>
    public string AccountId { get; }

    public DateTimeOffset ExpiresAt { get; }

    public bool ExpiresWithin(TimeSpan margin, DateTimeOffset now) => ExpiresAt - now <= margin;

    internal void Authorize(HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Cookie", $"{CookieName}={_cookie}");
        request.Headers.TryAddWithoutValidation(AccountIdHeader, AccountId);
    }

    internal void Authorize(ClientWebSocketOptions options)
    {
        options.SetRequestHeader("Cookie", $"{CookieName}={_cookie}");
        options.SetRequestHeader(AccountIdHeader, AccountId);
    }

    public override string ToString() => $"GrvtSession(expires {ExpiresAt:u})";
}
