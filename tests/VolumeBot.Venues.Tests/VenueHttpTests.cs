using System.Net;
using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Timing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Venues.Tests;

public class VenueHttpTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task A_read_is_asked_again_after_a_rate_limit_and_a_submission_never()
    {
        var handler = new ScriptedHandler(HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        using var http = new VenueHttp("test", new VenueHttpOptions { ReadRetries = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(100) }, _time, handler: handler);

        var read = http.ExecuteAsync(RequestKind.Read, "read", token => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://venue.test/x"), null, null, token), CancellationToken.None);
        await WaitUntilAsync(() => handler.Calls == 1);
        Assert.False(read.IsCompleted); // waiting out the back-off on the fake clock
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(200, (await read).Status);

        var submit = await http.ExecuteAsync(RequestKind.Submit, "submit", token => http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://venue.test/orders"), null, null, token), CancellationToken.None);

        Assert.Equal(429, submit.Status);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task No_answer_is_a_transport_failure_not_an_exception()
    {
        using var http = new VenueHttp("test", new VenueHttpOptions(), _time, handler: new ScriptedHandler());

        var answer = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://venue.test/x"), null, null, CancellationToken.None);

        Assert.Equal(TransportFailure.ConnectionFailed, answer.Failure);
        Assert.True(answer.IsTransient);
    }

    [Fact]
    public async Task A_close_is_timed_when_its_request_is_handed_to_the_transport()
    {
        using var http = new VenueHttp("test", new VenueHttpOptions(), _time, handler: new ScriptedHandler(HttpStatusCode.OK));
        var latency = new CloseLatency();
        latency.OpenFilled(System.Diagnostics.Stopwatch.GetTimestamp());

        using (latency.BeginClose())
        {
            await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://venue.test/orders"), null, null, CancellationToken.None);
        }

        Assert.Equal(1, latency.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class ScriptedHandler(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls) - 1;
            if (call >= answers.Length)
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "refused");
            }

            return Task.FromResult(new HttpResponseMessage(answers[call]) { Content = new StringContent("{}") });
        }
    }
}
