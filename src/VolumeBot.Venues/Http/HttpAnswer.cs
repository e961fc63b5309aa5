namespace VolumeBot.Venues.Http;

/// <summary>
/// What came back from one HTTP exchange with a venue: status and body, or why there was no answer. Never an
/// exception; headers only when the venue asked to keep them (<see cref="VenueHttpOptions.KeptHeaders"/>), and never
/// in <see cref="ToString"/>: they may carry cookies.
/// </summary>
public sealed record HttpAnswer(int Status, string Body, TimeSpan? RetryAfter = null, TransportFailure Failure = TransportFailure.None) : IRetryableAnswer
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } = NoHeaders;

    public bool Answered => Failure == TransportFailure.None;

    public bool IsRateLimited => Answered && Status == 429;

    /// <summary>Worth asking again for a read: rate limit, transient 5xx, timeout or broken connection.</summary>
    public bool IsTransient => !Answered || Status is 429 or 500 or 502 or 503 or 504;

    public static HttpAnswer Failed(TransportFailure failure) => new(0, "", Failure: failure);

    public IReadOnlyList<string> Header(string name) => Headers.TryGetValue(name, out var values) ? values : [];

    public override string ToString() => Answered ? $"HTTP {Status}" : $"no answer ({Failure})";
}
