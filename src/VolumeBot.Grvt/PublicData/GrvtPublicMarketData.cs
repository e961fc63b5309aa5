using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Mapping;
using VolumeBot.Grvt.Rest;

namespace VolumeBot.Grvt.PublicData;

/// <summary>
/// GRVT's public market data for one perpetual, over the market-data host's REST endpoints (instrument, book, trade):
/// what paper trading on live data reads. No session and no keys; reads are retried on transient answers.
/// </summary>
public sealed class GrvtPublicMarketData : IPublicMarketData
{
    private readonly GrvtPublicDataOptions _options;
    private readonly GrvtRestTransport _transport;
    private readonly MarketDataApi _marketData;

    public GrvtPublicMarketData(GrvtPublicDataOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _transport = new GrvtRestTransport(options.Http(time ?? TimeProvider.System), null, time ?? TimeProvider.System, handler);
        _marketData = new MarketDataApi(new GrvtPublicRest(_transport, options.Environment.MarketDataUrl));
    }

    public async Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken)
    {
        var instrument = await _marketData.GetInstrumentAsync(_options.Instrument, cancellationToken);
        return instrument.IsSuccess
            ? VenueResult<MarketRules>.Ok(GrvtMarketMapping.ToRules(instrument.Value))
            : GrvtMarketMapping.InstrumentError(_options.Instrument, instrument.Error);
    }

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        var book = await _marketData.GetBookAsync(_options.Instrument, depth, cancellationToken);
        return book.IsSuccess ? VenueResult<OrderBook>.Ok(GrvtMarketMapping.ToBook(book.Value, depth)) : book.Error;
    }

    public async Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken)
    {
        var trades = await _marketData.GetRecentTradesAsync(_options.Instrument, _options.RecentTradesLimit, cancellationToken);
        if (!trades.IsSuccess)
        {
            return trades.Error;
        }

        return VenueResult<IReadOnlyList<PublicTrade>>.Ok(trades.Value
            .Where(t => t.Instrument.Length == 0 || t.Instrument == _options.Instrument)
            .Select(GrvtMarketMapping.ToPublicTrade)
            .ToList());
    }

    public ValueTask DisposeAsync()
    {
        _transport.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"GrvtPublicMarketData({_options})";
}
