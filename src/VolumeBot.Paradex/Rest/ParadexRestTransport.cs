using System.Net.Http.Headers;
using System.Text;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>
/// HTTP to one Paradex base URL over the shared <see cref="VenueHttp"/> (timeouts, read retries, rate limits): this
/// class only shapes Paradex's requests and says which of its rate limits each one counts against.
/// </summary>
internal sealed class ParadexRestTransport : IDisposable
{
    private readonly VenueHttp _http;
    private readonly string _baseUrl;

    public ParadexRestTransport(Uri baseUrl, VenueHttpOptions options, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _baseUrl = baseUrl.ToString().TrimEnd('/') + "/";
        _http = new VenueHttp("Paradex", options, time, null, handler);
    }

    /// <summary>Runs an idempotent call, again on transient failures; the last answer is returned as it is.</summary>
    public Task<RestResponse> WithRetriesAsync(Func<CancellationToken, Task<RestResponse>> call, CancellationToken cancellationToken) =>
        _http.ExecuteAsync(RequestKind.Read, "read", call, cancellationToken);

    /// <summary>One HTTP exchange. <paramref name="path"/> is relative to the base URL (…/v1).</summary>
    public async Task<RestResponse> SendAsync(
        HttpMethod method,
        string path,
        string? jsonBody,
        IEnumerable<KeyValuePair<string, string>>? headers,
        string? bearer,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, _baseUrl + path.TrimStart('/'));
        if (jsonBody is not null)
        {
            // bytes are UTF-8; the header says "application/json" with no charset, as Paradex's own SDKs send it
            request.Content = new StringContent(jsonBody, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var answer = await _http.SendAsync(request, LimitOf(method, path, bearer), timeout, cancellationToken);
        return new RestResponse(answer.Status, answer.Body, answer.RetryAfter, answer.Failure);
    }

    public void Dispose() => _http.Dispose();

    private static string LimitOf(HttpMethod method, string path, string? bearer) => bearer switch
    {
        null when path.TrimStart('/').StartsWith("auth", StringComparison.Ordinal) => ParadexRateLimits.Auth,
        null => ParadexRateLimits.Public,
        _ when method == HttpMethod.Get => ParadexRateLimits.PrivateRead,
        _ => ParadexRateLimits.Orders,
    };
}
