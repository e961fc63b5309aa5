using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;

namespace VolumeBot.Grvt.Rest;

/// <summary>Public market data on the market-data host: instrument rules and the order book.</summary>
internal sealed class MarketDataApi
{
    /// <summary>The depths /full/v1/book accepts (error 3031 otherwise).</summary>
    private static readonly int[] BookDepths = [10, 50, 100, 500];

    private readonly GrvtRestClient _rest;

    public MarketDataApi(GrvtRestClient rest)
    {
        _rest = rest;
    }

    public async Task<VenueResult<InstrumentWire>> GetInstrumentAsync(string instrument, CancellationToken cancellationToken)
    {
        var result = await _rest.ReadMarketDataAsync<InstrumentWire>("/full/v1/instrument", new { instrument }, "instrument", cancellationToken);
        return result.IsSuccess ? VenueResult<InstrumentWire>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<BookWire>> GetBookAsync(string instrument, int depth, CancellationToken cancellationToken)
    {
        var venueDepth = BookDepths.FirstOrDefault(d => d >= depth, BookDepths[^1]);
        var result = await _rest.ReadMarketDataAsync<BookWire>("/full/v1/book", new { instrument, depth = venueDepth }, "book", cancellationToken);
        return result.IsSuccess ? VenueResult<BookWire>.Ok(result.Value.Result!) : result.Error;
    }
}
