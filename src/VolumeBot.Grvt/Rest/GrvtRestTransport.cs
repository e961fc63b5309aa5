using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;
using VolumeBot.Grvt.Auth;

namespace VolumeBot.Grvt.Rest;

/// <summary>
/// POSTs JSON to the GRVT hosts (every GRVT endpoint is a POST, even reads). The handler keeps no cookies: the
/// session cookie comes from the edge host and is sent to the trades host explicitly (protocols/grvt.md §8.9).
/// Idempotent reads go through a Polly retry pipeline; submissions never do. Headers are never logged or put in
/// errors: they carry the session cookie.
/// </summary>
internal sealed class GrvtRestTransport : IDisposable
{
    private const string AccountIdHeader = "X-Grvt-Account-Id";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly ResiliencePipeline<GrvtRestResponse> _readRetries;

    public GrvtRestTransport(GrvtHttpSettings settings, TimeProvider time, HttpMessageHandler? handler = null)
    {
        _time = time;
        _timeout = settings.RequestTimeout;
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = settings.RequestTimeout,
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("volumebot", "0.1"));
        var maxDelay = settings.RetryMaxDelay;
        var logger = settings.Logger ?? Serilog.Core.Logger.None;
        _readRetries = new ResiliencePipelineBuilder<GrvtRestResponse> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<GrvtRestResponse>
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
                MaxRetryAttempts = Math.Max(1, settings.ReadRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = maxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)(after < maxDelay ? after : maxDelay) : null),
                OnRetry = args =>
                {
                    logger.Warning("GRVT {Operation:l} answered {Answer:l}; asking again in {Delay:0} ms (retry {Attempt})", args.Context.OperationKey, args.Outcome.Result, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Runs an idempotent call (<paramref name="operation"/>, for the log) again on transient answers; the last answer is returned as it is.</summary>
    public async Task<GrvtRestResponse> WithRetriesAsync(string operation, Func<CancellationToken, Task<GrvtRestResponse>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await _readRetries.ExecuteAsync(static async (context, call) => await call(context.CancellationToken), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One POST of <paramref name="jsonBody"/> to <paramref name="host"/> + <paramref name="path"/>.</summary>
    public async Task<GrvtRestResponse> PostAsync(Uri host, string path, string jsonBody, GrvtSession? session, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, path));
        // exactly "application/json", without "; charset=utf-8", as GRVT's own SDKs and every other client send it
        request.Content = new StringContent(jsonBody, Encoding.UTF8, JsonMediaType);
        session?.Authorize(request);
        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : null;
            var accountId = response.Headers.TryGetValues(AccountIdHeader, out var ids) ? ids.FirstOrDefault() : null;
            return new GrvtRestResponse((int)response.StatusCode, body, cookies, accountId) { RetryAfter = RetryAfter(response) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return GrvtRestResponse.Failed(TransportFailure.Timeout);
        }
        catch (HttpRequestException failure)
        {
            return GrvtRestResponse.Failed(failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                ? TransportFailure.ConnectionFailed
                : TransportFailure.ConnectionLost);
        }
        catch (IOException)
        {
            return GrvtRestResponse.Failed(TransportFailure.ConnectionLost);
        }
    }

    public void Dispose() => _http.Dispose();

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        return retryAfter.Delta ?? (retryAfter.Date is { } date ? date - _time.GetUtcNow() : null);
    }
}
