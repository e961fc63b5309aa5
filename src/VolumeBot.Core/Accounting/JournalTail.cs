namespace VolumeBot.Core.Accounting;

/// <summary>
/// Where a trades journal ends: the time of its newest fill (or, for a journal with no fills yet, when it was
/// started) and the ids of the fills recorded around that time, so fills an interrupted run never wrote can be told
/// from fills already there.
/// </summary>
public sealed record JournalTail(DateTimeOffset? LastFillTime, IReadOnlySet<string> RecordedFillIds)
{
    /// <summary>How far before the newest fill the recorded ids reach (rows may be written out of time order).</summary>
    public static readonly TimeSpan Reach = TimeSpan.FromMinutes(10);

    /// <summary>A journal that did not exist before this run: nothing can be missing from it.</summary>
    public static JournalTail None { get; } = new(null, new HashSet<string>(StringComparer.Ordinal));
}
