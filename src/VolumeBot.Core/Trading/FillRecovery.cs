using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// A run killed outright (kill -9, a crash, a power cut) can leave fills on the venue that never reached the trades
/// journal. At start-up the venue's fills since a little before the journal's newest row are compared with the ids
/// the journal holds; the bot's own that are missing are written, marked as recovered.
/// </summary>
public static class FillRecovery
{
    /// <summary>Rows are written in arrival order, not strictly by fill time: ask from a while before the newest one.</summary>
    public static readonly TimeSpan LookBack = JournalTail.Reach / 2;

    public static DateTimeOffset? Since(JournalTail tail) => tail.LastFillTime - LookBack;

    /// <summary>The bot's own fills the journal does not hold, oldest first, each once.</summary>
    public static IReadOnlyList<Fill> Missing(JournalTail tail, IEnumerable<Fill> venueFills, ClientOrderIds ids) =>
        venueFills
            .Where(f => ids.IsOwn(f.ClientOrderId) && !tail.RecordedFillIds.Contains(f.FillId))
            .DistinctBy(f => f.FillId)
            .OrderBy(f => f.Time)
            .ToList();
}
