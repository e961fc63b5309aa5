namespace VolumeBot.Core.Accounting;

/// <summary>Where fills are written (the trades CSV in the program, a list in tests).</summary>
public interface ITradeJournal
{
    /// <summary>
    /// Takes one fill. The row may reach the disk just after this returns (the trades CSV writes on a thread of its
    /// own, so the close is not held up by the disk); a row a kill left unwritten is rebuilt at the next start from
    /// the venue's fills, as every fill an interrupted run did not write.
    /// </summary>
    void Append(TradeRecord record);

    /// <summary>What the journal held when this run opened it (<see cref="JournalTail.None"/> for a new one).</summary>
    JournalTail Tail { get; }
}
