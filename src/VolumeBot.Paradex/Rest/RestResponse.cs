using VolumeBot.Core.Venue;

namespace VolumeBot.Paradex.Rest;

/// <summary>Why a request got no HTTP answer.</summary>
internal enum TransportFailure
{
    None,

    /// <summary>The client gave up waiting: the server may or may not have acted.</summary>
    Timeout,

    /// <summary>No connection could be made: the request was never sent.</summary>
    ConnectionFailed,

    /// <summary>The connection broke after the request may have been sent.</summary>
    ConnectionLost,
}

/// <summary>What came back from one HTTP call; never an exception, never a header value.</summary>
internal sealed record RestResponse(int Status, string Body, TimeSpan? RetryAfter = null, TransportFailure Failure = TransportFailure.None, VenueError? LocalError = null)
{
    public bool IsSuccess => Failure == TransportFailure.None && LocalError is null && Status is >= 200 and < 300;

    /// <summary>Worth asking again for an idempotent read: rate limit, transient 5xx, timeout or broken connection.</summary>
    public bool IsTransient => LocalError is null && (Failure != TransportFailure.None || Status is 429 or 500 or 502 or 503 or 504);

    public static RestResponse Failed(TransportFailure failure) => new(0, "", Failure: failure);

    public static RestResponse Local(VenueError error) => new(0, "", LocalError: error);

    public override string ToString() => Failure != TransportFailure.None ? $"{Failure}" : $"HTTP {Status}";
}

/// <summary>How an error is judged depends on what was asked: a failed submission may still have created the order.</summary>
internal enum RestOperation
{
    Read,
    Submit,
    Cancel,
}
