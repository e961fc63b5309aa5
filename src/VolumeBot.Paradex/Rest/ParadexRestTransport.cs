using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace VolumeBot.Paradex.Rest;

/// <summary>
/// HTTP to one Paradex base URL. Turns every outcome into a <see cref="RestResponse"/> (status, timeout or broken
/// connection) and retries idempotent calls on 429 / transient 5xx with jittered exponential back-off (Polly).
/// Headers are never logged or copied into errors: they carry signatures and the bearer token.
/// </summary>
internal sealed class ParadexRestTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<RestResponse> _retries;

    public ParadexRestTransport(Uri baseUrl, RestTuning options, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _baseUrl = baseUrl.ToString().TrimEnd('/') + "/";
        _time = time;
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("volumebot", "0.1"));
        var maxDelay = options.RetryMaxDelay;
        _retries = new ResiliencePipelineBuilder<RestResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<RestResponse>
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
                MaxRetryAttempts = Math.Max(1, options.ReadRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = maxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)(after < maxDelay ? after : maxDelay) : null),
            })
            .Build();
    }

    /// <summary>Runs an idempotent call, again on transient failures; the last answer is returned as it is.</summary>
    public async Task<RestResponse> WithRetriesAsync(Func<CancellationToken, Task<RestResponse>> call, CancellationToken cancellationToken) =>
        await _retries.ExecuteAsync(static async (call, token) => await call(token), call, cancellationToken);

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

        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return new RestResponse((int)response.StatusCode, body, RetryAfter(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RestResponse.Failed(TransportFailure.Timeout);
        }
        catch (HttpRequestException failure)
        {
            return RestResponse.Failed(failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                ? TransportFailure.ConnectionFailed
                : TransportFailure.ConnectionLost);
        }
        catch (IOException)
        {
            return RestResponse.Failed(TransportFailure.ConnectionLost);
        }
    }

    public void Dispose() => _http.Dispose();

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter.Date is { } date ? date - _time.GetUtcNow() : null;
    }
}
