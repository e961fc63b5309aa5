using System.Globalization;
using Microsoft.Extensions.Logging;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest;
using VolumeBot.Paradex.Signing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Auth;

/// <summary>
/// Holds the account's JWT: POST /auth signed with the Stark key, reused until a quarter of its lifetime is left,
/// replaced at once after a 401. An account that was never onboarded gets a clear error instead of a retry loop.
/// </summary>
internal sealed class ParadexAuthenticator : IDisposable
{
    private readonly ParadexRestTransport _transport;
    private readonly ParadexSigner _signer;
    private readonly ParadexClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private JwtToken? _current;

    public ParadexAuthenticator(ParadexRestTransport transport, ParadexSigner signer, ParadexClientOptions options, TimeProvider time, ILogger log)
    {
        _transport = transport;
        _signer = signer;
        _options = options;
        _time = time;
        _log = log;
    }

    /// <summary>How many tokens were fetched (tests and diagnostics).</summary>
    public int TokensIssued { get; private set; }

    public async Task<VenueResult<JwtToken>> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.IsFresh(_time.GetUtcNow()))
        {
            return VenueResult<JwtToken>.Ok(current);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.IsFresh(_time.GetUtcNow()))
            {
                return VenueResult<JwtToken>.Ok(current);
            }

            var fetched = await RequestTokenAsync(cancellationToken);
            if (fetched.IsSuccess)
            {
                _current = fetched.Value;
                TokensIssued++;
            }

            return fetched;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The venue refused <paramref name="token"/>: the next call fetches a new one.</summary>
    public void Invalidate(JwtToken token) => Interlocked.CompareExchange(ref _current, null, token);

    public void Dispose() => _gate.Dispose();

    private async Task<VenueResult<JwtToken>> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var response = await _transport.WithRetriesAsync(
            token =>
            {
                // signed afresh per attempt: the timestamp must be close to the server's clock
                var now = _time.GetUtcNow().ToUnixTimeSeconds();
                var expiration = now + (long)_options.AuthSignatureLifetime.TotalSeconds;
                var signed = _signer.SignAuth(now, expiration);
                var request = ParadexRequests.Auth(_signer.AccountAddress, signed.Signature, now, expiration);
                return _transport.SendAsync(HttpMethod.Post, _options.InteractiveToken ? "auth?token_usage=interactive" : "auth", null, request.Headers, null, _options.RequestTimeout, token);
            },
            cancellationToken);
        if (!response.IsSuccess)
        {
            var error = ParadexErrors.From(response, RequestKind.Read, "POST /auth");
            if (response.Body.Contains("NOT_ONBOARDED", StringComparison.Ordinal))
            {
                return VenueResult<JwtToken>.Fail(VenueErrorKind.Unauthorized,
                    $"Paradex account {_signer.AccountAddress} is not onboarded: connect the wallet of PARADEX_L1_ADDRESS on the Paradex app once (or set PARADEX_L2_ADDRESS to the right account), then start again");
            }

            _log.LogWarning("Paradex authentication failed: {Error}", error.Message);
            return error;
        }

        var jwt = ParadexJson.Parse(response.Body, ParadexJson.Default.AuthResponse)?.JwtToken;
        if (string.IsNullOrEmpty(jwt))
        {
            return VenueResult<JwtToken>.Fail(VenueErrorKind.Unavailable, "POST /auth: no jwt_token in the answer");
        }

        var token = JwtToken.From(jwt, _time.GetUtcNow());
        _log.LogDebug("Paradex {Kind} JWT refreshed; next refresh at {RefreshAt}", _options.InteractiveToken ? "interactive (Retail)" : "standard (Pro)", token.RefreshAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        return VenueResult<JwtToken>.Ok(token);
    }
}
