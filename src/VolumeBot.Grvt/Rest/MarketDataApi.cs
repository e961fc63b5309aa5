using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>Public market data on the market-data host: instrument rules, the order book and recent trades.</summary>
internal sealed class MarketDataApi
{
    /// <summary>The depths /full/v1/book accepts (error 3031 otherwise).</summary>
    private static readonly int[] BookDepths = [10, 50, 100, 500];

    private readonly GrvtPublicRest _rest;

    public MarketDataApi(GrvtPublicRest rest)
    {
        _rest = rest;
    }

    public async Task<VenueResult<InstrumentWire>> GetInstrumentAsync(string instrument, CancellationToken cancellationToken)
    {
        var result = await _rest.ReadAsync("/full/v1/instrument", GrvtJson.Write(new InstrumentRequest(instrument), GrvtJson.Default.InstrumentRequest), GrvtJson.Default.EnvelopeInstrumentWire, "instrument", cancellationToken);
        return result.IsSuccess ? VenueResult<InstrumentWire>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<BookWire>> GetBookAsync(string instrument, int depth, CancellationToken cancellationToken)
    {
        var venueDepth = BookDepths.FirstOrDefault(d => d >= depth, BookDepths[^1]);
        var result = await _rest.ReadAsync("/full/v1/book", GrvtJson.Write(new BookRequest(instrument, venueDepth), GrvtJson.Default.BookRequest), GrvtJson.Default.EnvelopeBookWire, "book", cancellationToken);
        return result.IsSuccess ? VenueResult<BookWire>.Ok(result.Value.Result!) : result.Error;
    }

    /// <summary>
    /// /full/v1/trade: the newest public trades, newest first. The request shape ({instrument, limit}) follows GRVT's
    /// api-docs ApiRecentTradeRequest; the documented default limit is 500, the maximum is UNCERTAIN (500 or 1000).
    /// </summary>
    public async Task<VenueResult<List<TradeWire>>> GetRecentTradesAsync(string instrument, int limit, CancellationToken cancellationToken)
    {
        var result = await _rest.ReadAsync("/full/v1/trade", GrvtJson.Write(new RecentTradesRequest(instrument, limit), GrvtJson.Default.RecentTradesRequest), GrvtJson.Default.EnvelopeListTradeWire, "trade", cancellationToken);
        return result.IsSuccess ? VenueResult<List<TradeWire>>.Ok(result.Value.Result!) : result.Error;
    }
}
