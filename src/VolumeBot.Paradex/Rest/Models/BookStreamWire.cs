namespace VolumeBot.Paradex.Rest.Models;

/// <summary>bbo.{market} data: the best bid and ask with their sizes (event-driven, protocols/paradex.md §6).</summary>
internal sealed record BboStreamWire(string? Market, string? Bid, string? BidSize, string? Ask, string? AskSize, long SeqNo);

/// <summary>
/// order_book.{market}.snapshot@15@… data: <see cref="UpdateType"/> "s" is a whole book in <see cref="Inserts"/>;
/// "d" (the deltas channel) changes levels, a level in <see cref="Deletes"/> is gone.
/// </summary>
internal sealed record OrderBookStreamWire(string? Market, long SeqNo, string? UpdateType, List<BookLevelStreamWire>? Inserts, List<BookLevelStreamWire>? Updates, List<BookLevelStreamWire>? Deletes);

/// <summary>One level of the order_book channel: side BUY (bid) or SELL (ask).</summary>
internal sealed record BookLevelStreamWire(string? Side, string? Price, string? Size);
