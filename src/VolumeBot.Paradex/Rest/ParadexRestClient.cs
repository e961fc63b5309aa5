using System.Text.Json.Serialization.Metadata;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Auth;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>
/// Typed Paradex REST, split by topic like CryptoExchange.Net clients: <see cref="SystemInfo"/>, <see cref="ExchangeData"/>,
/// <see cref="Trading"/> and <see cref="Account"/>. Private calls carry the JWT and get a new one once after a 401.
/// </summary>
internal sealed class ParadexRestClient : IDisposable
{
    private readonly VenueHttpOptions _options;

    public ParadexRestClient(ParadexClientOptions options, TimeProvider time, HttpMessageHandler? handler = null)
        : this(options.Environment.RestUrl, options.Http(time), time, handler)
    {
    }

    public ParadexRestClient(Uri restUrl, VenueHttpOptions options, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _options = options;
        Transport = new ParadexRestTransport(restUrl, options, time, handler);
        SystemInfo = new SystemApi(this);
        ExchangeData = new MarketDataApi(this);
        Trading = new TradingApi(this);
        Account = new AccountApi(this);
    }

    public ParadexRestTransport Transport { get; }

    /// <summary>Set once the account is known (after /system/config).</summary>
    public ParadexAuthenticator? Authenticator { get; set; }

    public SystemApi SystemInfo { get; }

    public MarketDataApi ExchangeData { get; }

    public TradingApi Trading { get; }

    public AccountApi Account { get; }

    public void Dispose() => Transport.Dispose();

    internal async Task<VenueResult<T>> PublicGetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await Transport.WithRetriesAsync(token => Transport.SendAsync(HttpMethod.Get, path, null, null, null, _options.RequestTimeout, token), cancellationToken);
        return Parse(response, type, RequestKind.Read, $"GET /{Route(path)}");
    }

    internal async Task<VenueResult<T>> PrivateGetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await Transport.WithRetriesAsync(token => SendPrivateAsync(HttpMethod.Get, path, null, _options.RequestTimeout, token), cancellationToken);
        return Parse(response, type, RequestKind.Read, $"GET /{Route(path)}");
    }

    /// <summary>A private call that is sent once (after a 401 it is sent again with a new token: a 401 was refused before anything happened).</summary>
    internal async Task<RestResponse> SendPrivateAsync(HttpMethod method, string path, string? body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var authenticator = Authenticator ?? throw new InvalidOperationException("Private Paradex calls need ConnectAsync first.");
        for (var attempt = 0; ; attempt++)
        {
            var token = await authenticator.GetTokenAsync(cancellationToken);
            if (!token.IsSuccess)
            {
                return RestResponse.Local(token.Error);
            }

            var response = await Transport.SendAsync(method, path, body, null, token.Value.Bearer, timeout, cancellationToken);
            if (response.Status == 401 && attempt > 0)
            {
                // the new token was just issued, so the keys are right: a token refused again at once is the venue
                // revoking tokens, transient (and safe to send again: a 401 is answered before anything happens)
                return RestResponse.Local(new VenueError(VenueErrorKind.Unavailable, $"Paradex {path}: a freshly issued token was refused (401)"));
            }

            if (response.Status != 401)
            {
                return response;
            }

            authenticator.Invalidate(token.Value);
        }
    }

    internal static VenueResult<T> Parse<T>(RestResponse response, JsonTypeInfo<T> type, RequestKind operation, string what)
    {
        if (!response.IsSuccess)
        {
            return ParadexErrors.From(response, operation, what);
        }

        var value = ParadexJson.Parse(response.Body, type);
        return value is null
            ? VenueResult<T>.Fail(VenueErrorKind.Unavailable, $"{what}: unreadable answer")
            : VenueResult<T>.Ok(value);
    }

    /// <summary>The path without its query, for error messages (queries may hold ids, never secrets, but stay short).</summary>
    internal static string Route(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? path : path[..query];
    }
}
