using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Grvt;

/// <summary>The emulator's API-key sessions: login hands out a gravity cookie; private calls must bring it and the account header.</summary>
internal sealed class GrvtSessions
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _cookies = new(StringComparer.Ordinal);
    private readonly GrvtEmulatorOptions _options;
    private int _logins;

    public GrvtSessions(GrvtEmulatorOptions options)
    {
        _options = options;
    }

    public int Logins => _logins;

    public (string Cookie, DateTimeOffset Expires) Open(DateTimeOffset now)
    {
        var cookie = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var expires = now + _options.SessionLifetime;
        _cookies[cookie] = expires;
        Interlocked.Increment(ref _logins);
        return (cookie, expires);
    }

    /// <summary>True when the request carries a live gravity cookie and the account id login gave out.</summary>
    public bool IsAuthorized(HttpRequest request, DateTimeOffset now) =>
        request.Cookies.TryGetValue("gravity", out var cookie)
        && _cookies.TryGetValue(cookie, out var expires)
        && expires > now
        && request.Headers["X-Grvt-Account-Id"].ToString() == _options.AccountIdHeader;

    /// <summary>Every session ends now: the next private call gets 401 and must log in again.</summary>
    public void ExpireAll() => _cookies.Clear();
}
