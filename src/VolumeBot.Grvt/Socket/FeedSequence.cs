namespace VolumeBot.Grvt.Socket;

public enum SequenceCheck
{
    /// <summary>The next message (or a snapshot, sequence 0).</summary>
    InOrder,

    /// <summary>Seen before: ignore it.</summary>
    Duplicate,

    /// <summary>A number was skipped or went backwards past a restart: data was missed.</summary>
    Gap,
}

/// <summary>
/// Sequence numbers of one subscribed stream (protocols/grvt.md §6.4): snapshots carry 0, deltas go up by exactly
/// one. The first delta after subscribing sets the baseline, so a venue that numbers differently from the
/// subscription answer cannot make the client reconnect forever.
/// </summary>
public sealed class FeedSequence
{
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
            return SequenceCheck.Duplicate;
        }

        if (sequence != last + 1)
        {
            return SequenceCheck.Gap;
        }

        _last = sequence;
        return SequenceCheck.InOrder;
    }
}
