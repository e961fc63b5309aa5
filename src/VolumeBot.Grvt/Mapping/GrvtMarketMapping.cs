using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Mapping;

/// <summary>GRVT's public market data in the bot's terms: rules, book levels and public trades.</summary>
internal static class GrvtMarketMapping
{
    // GRVT sizes step by min_size: there is no separate size increment
    public static MarketRules ToRules(InstrumentWire wire) =>
        new(wire.Instrument, wire.TickSize, wire.MinSize, wire.MinSize, wire.MinNotional ?? 0m)
        {
            // no order can be larger than the position the venue lets the account hold
            MaxOrderSize = wire.MaxPositionSize is > 0 ? wire.MaxPositionSize : null,
        };

    /// <summary>An instrument lookup that failed: a name the venue does not list is the user's mistake, not an outage.</summary>
    public static VenueError InstrumentError(string instrument, VenueError error) =>
        error.Kind is VenueErrorKind.NotFound or VenueErrorKind.InvalidRequest
            ? new VenueError(VenueErrorKind.InvalidRequest, $"GRVT has no instrument {instrument} ({error.Message})")
            : error;

    public static OrderBook ToBook(BookWire book, int depth) => new(
        book.Bids.Take(depth).Select(l => new BookLevel(l.Price, l.Size)).ToList(),
        book.Asks.Take(depth).Select(l => new BookLevel(l.Price, l.Size)).ToList());

    public static PublicTrade ToPublicTrade(TradeWire trade) => new(
        trade.TradeId,
        trade.IsTakerBuyer ? Side.Buy : Side.Sell,
        trade.Price,
        trade.Size,
        GrvtOrderMapping.FromNanoseconds(trade.EventTime));
}
