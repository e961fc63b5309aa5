namespace VolumeBot.Core.Accounting;

/// <summary>Where fills are written (the trades CSV in the program, a list in tests).</summary>
public interface ITradeJournal
{
    void Append(TradeRecord record);
}
