using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using VolumeBot.Core.Timing;

namespace VolumeBot.Venues.Http;

/// <summary>
/// The HTTP layer every venue client shares: one HttpClient, every outcome as an <see cref="HttpAnswer"/> (status,
/// timeout or broken connection, never an exception), the venue's rate limits taken before a request leaves, and the
/// retry policy by <see cref="RequestKind"/>: reads again on transient answers with jittered back-off (or the venue's
/// Retry-After), submissions and cancels never. Headers are never logged or put in errors: they carry signatures,
/// tokens and cookies.
/// </summary>
public sealed class VenueHttp : IDisposable
{
    private readonly HttpClient _http;
    private readonly VenueHttpOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly ResiliencePipeline<IRetryableAnswer> _readRetries;

    public VenueHttp(string venue, VenueHttpOptions options, TimeProvider time, ILogger? logger = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _log = logger ?? NullLogger.Instance;
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            UseCookies = options.UseCookies,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = options.RequestTimeout < TimeSpan.FromSeconds(5) ? options.RequestTimeout : TimeSpan.FromSeconds(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("volumebot", "0.1"));
        var backoff = new BackoffCurve(options.RetryBaseDelay, options.RetryMaxDelay, Jitter: true);
        _readRetries = new ResiliencePipelineBuilder<IRetryableAnswer> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<IRetryableAnswer>
            {
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Result is { IsTransient: true }),
                MaxRetryAttempts = Math.Max(1, options.ReadRetries),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Result?.RetryAfter is { } after ? (after < options.RetryMaxDelay ? after : options.RetryMaxDelay) : backoff.DelayFor(args.AttemptNumber)),
                OnRetry = args =>
                {
                    _log.LogWarning("{Venue:l} {Operation:l} answered {Answer:l}; asking again in {Delay:0} ms (retry {Attempt})", venue, args.Context.OperationKey, args.Outcome.Result, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
                    return default;
                },
            })
            .Build();
    }

    public TimeProvider Time => _time;

    /// <summary>
    /// Runs <paramref name="call"/> under the policy of <paramref name="kind"/>: a read again while its answer is
    /// transient, anything else once. <paramref name="operation"/> names it in the log.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(RequestKind kind, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        where T : class, IRetryableAnswer
    {
        ArgumentNullException.ThrowIfNull(call);
        if (kind != RequestKind.Read)
        {
            return await call(cancellationToken);
        }

        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return (T)await _readRetries.ExecuteAsync(static async (ctx, call) => (IRetryableAnswer)await call(ctx.CancellationToken), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One exchange: takes a permit of <paramref name="limitCategory"/> (waiting when the venue's budget is spent),
    /// then sends, giving up after <paramref name="timeout"/> (<see cref="VenueHttpOptions.RequestTimeout"/> when null).
    /// </summary>
    public async Task<HttpAnswer> SendAsync(HttpRequestMessage request, string? limitCategory, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var permit = await _options.RateLimits.AcquireAsync(limitCategory, cancellationToken);
        using var deadline = new CancellationTokenSource(timeout ?? _options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            CloseLatency.RequestHandedToTransport();
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return new HttpAnswer((int)response.StatusCode, body, RetryAfter(response)) { Headers = Kept(response) };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HttpAnswer.Failed(TransportFailure.Timeout);
        }
        catch (HttpRequestException failure)
        {
            return HttpAnswer.Failed(failure.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                ? TransportFailure.ConnectionFailed
                : TransportFailure.ConnectionLost);
        }
        catch (IOException)
        {
            return HttpAnswer.Failed(TransportFailure.ConnectionLost);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _options.RateLimits.Dispose();
    }

    private Dictionary<string, IReadOnlyList<string>> Kept(HttpResponseMessage response)
    {
        var kept = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _options.KeptHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                kept[name] = values.ToList();
            }
        }

        return kept;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        return retryAfter.Delta ?? (retryAfter.Date is { } date ? date - _time.GetUtcNow() : null);
    }
}
