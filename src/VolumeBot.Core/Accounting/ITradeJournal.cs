namespace VolumeBot.Core.Accounting;

/// <summary>Where fills are written (the trades CSV in the program, a list in tests).</summary>
public interface ITradeJournal
{
    /// <summary>Writes one fill; the row is durable when this returns (the bot acts on the fill only afterwards).</summary>
    void Append(TradeRecord record);

    /// <summary>What the journal held when this run opened it (<see cref="JournalTail.None"/> for a new one).</summary>
    JournalTail Tail { get; }
}
