namespace VolumeBot.Venues.Http;

/// <summary>What the read retry policy needs to know of a venue's answer (the venue decides what counts as transient: GRVT also says so in its body).</summary>
public interface IRetryableAnswer
{
    bool IsTransient { get; }

    TimeSpan? RetryAfter { get; }
}
