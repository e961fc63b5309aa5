using VolumeBot.Core.Venue;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>What came back from one HTTP call; never an exception, never a header value.</summary>
internal sealed record RestResponse(int Status, string Body, TimeSpan? RetryAfter = null, TransportFailure Failure = TransportFailure.None, VenueError? LocalError = null) : IRetryableAnswer
{
    public bool IsSuccess => Failure == TransportFailure.None && LocalError is null && Status is >= 200 and < 300;

    /// <summary>Worth asking again for an idempotent read: rate limit, transient 5xx, timeout or broken connection.</summary>
    public bool IsTransient => LocalError is null && (Failure != TransportFailure.None || Status is 429 or 500 or 502 or 503 or 504);

    public static RestResponse Failed(TransportFailure failure) => new(0, "", Failure: failure);

    public static RestResponse Local(VenueError error) => new(0, "", LocalError: error);

    public override string ToString() => Failure != TransportFailure.None ? $"{Failure}" : $"HTTP {Status}";
}
