namespace VolumeBot.Grvt.Socket;

public enum SequenceCheck
{
    /// <summary>The next message (or a snapshot, sequence 0).</summary>
    InOrder,

    /// <summary>Seen before: ignore it.</summary>
    Duplicate,

    /// <summary>A number was skipped, or the numbering started again from 1: data was missed.</summary>
    Gap,
}

/// <summary>
/// Sequence numbers of one subscribed stream (protocols/grvt.md §6.4): snapshots carry 0, deltas go up by exactly
/// one. The first delta after subscribing sets the baseline, so a venue that numbers differently from the
/// subscription answer cannot make the client reconnect forever. A number at or a little below the last one is a
/// duplicate; a 1, or a number far below, means the venue numbers the stream afresh (a fail-over or a resubscribe on
/// its side): ignoring those as duplicates would silence the stream until the new numbers pass the old ones.
/// </summary>
public sealed class FeedSequence
{
    /// <summary>How far behind the last number a message may be and still be a late duplicate.</summary>
    private const long DuplicateWindow = 100;

    private long? _last;

    public long? Last => _last;

    public SequenceCheck Check(long sequence)
    {
        if (sequence == 0)
        {
            return SequenceCheck.InOrder;
        }

        if (_last is not { } last)
        {
            _last = sequence;
            return SequenceCheck.InOrder;
        }

        if (sequence <= last)
        {
            var renumbered = sequence < last && (sequence == 1 || last - sequence >= DuplicateWindow);
            return renumbered ? SequenceCheck.Gap : SequenceCheck.Duplicate;
        }

        if (sequence != last + 1)
        {
            return SequenceCheck.Gap;
        }

        _last = sequence;
        return SequenceCheck.InOrder;
    }
}
