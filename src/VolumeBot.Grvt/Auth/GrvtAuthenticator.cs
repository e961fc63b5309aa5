using Microsoft.Extensions.Logging;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Rest.Models;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.Auth;

/// <summary>
/// API-key login on the edge host (<c>POST /auth/api_key/login</c>) and the session it gives: logs in on first use,
/// again when fewer than <see cref="GrvtClientOptions.SessionRefreshMargin"/> remain, and again after a 401.
/// Concurrent callers share one login.
/// </summary>
internal sealed class GrvtAuthenticator : IDisposable
{
    public const string LoginPath = "/auth/api_key/login";

    /// <summary>What ccxt assumes when the cookie carries no expiry (API-key sessions last about a day).</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    private readonly GrvtRestTransport _transport;
    private readonly GrvtClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GrvtSession? _session;

    public GrvtAuthenticator(GrvtRestTransport transport, GrvtClientOptions options, TimeProvider time, ILogger log)
    {
        _log = log;
        _transport = transport;
        _options = options;
        _time = time;
    }

    public int Logins { get; private set; }

    /// <summary>A session with enough life left, logging in when needed.</summary>
    public async Task<VenueResult<GrvtSession>> GetSessionAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_session) is { } current)
        {
            return VenueResult<GrvtSession>.Ok(current);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Fresh(_session) is { } renewed ? VenueResult<GrvtSession>.Ok(renewed) : await LoginAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The venue refused <paramref name="stale"/>: the next <see cref="GetSessionAsync"/> logs in again.</summary>
    public void Invalidate(GrvtSession stale) => Interlocked.CompareExchange(ref _session, null, stale);

    public void Dispose() => _gate.Dispose();

    private GrvtSession? Fresh(GrvtSession? session) =>
        session is not null && !session.ExpiresWithin(_options.SessionRefreshMargin, _time.GetUtcNow()) ? session : null;

    private async Task<VenueResult<GrvtSession>> LoginAsync(CancellationToken cancellationToken)
    {
        var body = GrvtJson.Write(new LoginRequest(_options.ApiKey), GrvtJson.Default.LoginRequest);
        var response = await _transport.WithRetriesAsync("login", token => _transport.PostAsync(_options.Environment.EdgeUrl, LoginPath, body, null, token), cancellationToken);
        if (!response.IsSuccess)
        {
            var error = GrvtErrorCodes.ToVenueError(response, "login", isSubmission: false);
            return response.Failure == TransportFailure.None && !response.IsTransient && error.Kind != VenueErrorKind.Forbidden
                ? new VenueError(VenueErrorKind.Unauthorized, $"GRVT API-key login refused ({response}); check GRVT_API_KEY and GRVT_ENVIRONMENT")
                : error;
        }

        var now = _time.GetUtcNow();
        if (SetCookieHeader.Find(response.SetCookies, GrvtSession.CookieName, now) is not { } cookie || string.IsNullOrEmpty(response.AccountIdHeader))
        {
            return new VenueError(VenueErrorKind.Unauthorized, "GRVT login answered without the gravity cookie or the X-Grvt-Account-Id header");
        }

        var session = new GrvtSession(cookie.Value, response.AccountIdHeader, cookie.Expires ?? now + DefaultLifetime);
        _session = session;
        Logins++;
        _log.LogInformation("GRVT session opened; it expires at {Expires:u}", session.ExpiresAt);
        return VenueResult<GrvtSession>.Ok(session);
    }
}
