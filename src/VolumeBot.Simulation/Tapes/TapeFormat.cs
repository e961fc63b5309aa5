using System.Text.Json;
using System.Text.Json.Serialization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Tapes;

/// <summary>
/// One line of a market tape (JSON lines): when it was seen and exactly one of the market's rules, a book snapshot or
/// the venue's recent-trades answer, as the live-data feed returned them.
/// </summary>
public sealed record TapeLine(DateTimeOffset At)
{
    public MarketRules? Rules { get; init; }

    public TapeBook? Book { get; init; }

    public IReadOnlyList<PublicTrade>? Trades { get; init; }
}

/// <summary>A book snapshot on the tape, levels best first.</summary>
public sealed record TapeBook(IReadOnlyList<BookLevel> Bids, IReadOnlyList<BookLevel> Asks)
{
    public static TapeBook From(OrderBook book) => new(book.Bids, book.Asks);

    public OrderBook ToBook() => new(Bids, Asks);
}

internal static class TapeFormat
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
