using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using VolumeBot.Grvt.Auth;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// POSTs JSON to the GRVT hosts (every GRVT endpoint is a POST, even reads) over the shared <see cref="VenueHttp"/>.
/// The handler keeps no cookies: the session cookie comes from the edge host and is sent to the trades host
/// explicitly (protocols/grvt.md §8.9). Order submissions and cancels count against GRVT's order limit.
/// </summary>
internal sealed class GrvtRestTransport : IDisposable
{
    public const string AccountIdHeader = "X-Grvt-Account-Id";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly VenueHttp _http;

    public GrvtRestTransport(VenueHttpOptions options, ILogger? logger, TimeProvider time, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = new VenueHttp("GRVT", options with { UseCookies = false, KeptHeaders = ["Set-Cookie", AccountIdHeader] }, time, logger, handler);
    }

    /// <summary>Runs an idempotent call (<paramref name="operation"/>, for the log) again on transient answers; the last answer is returned as it is.</summary>
    public Task<GrvtRestResponse> WithRetriesAsync(string operation, Func<CancellationToken, Task<GrvtRestResponse>> call, CancellationToken cancellationToken) =>
        _http.ExecuteAsync(RequestKind.Read, operation, call, cancellationToken);

    /// <summary>One POST of <paramref name="jsonBody"/> to <paramref name="host"/> + <paramref name="path"/>.</summary>
    public async Task<GrvtRestResponse> PostAsync(Uri host, string path, string jsonBody, GrvtSession? session, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, path));
        // exactly "application/json", without "; charset=utf-8", as GRVT's own SDKs and every other client send it
        request.Content = new StringContent(jsonBody, Encoding.UTF8, JsonMediaType);
        session?.Authorize(request);
        var answer = await _http.SendAsync(request, GrvtRateLimits.CategoryOf(path), null, cancellationToken);
        if (!answer.Answered)
        {
            return GrvtRestResponse.Failed(answer.Failure);
        }

        var cookies = answer.Header("Set-Cookie");
        return new GrvtRestResponse(answer.Status, answer.Body, cookies.Count > 0 ? cookies : null, answer.Header(AccountIdHeader).FirstOrDefault()) { RetryAfter = answer.RetryAfter };
    }

    public void Dispose() => _http.Dispose();
}
