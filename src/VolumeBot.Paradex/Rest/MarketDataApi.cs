using System.Globalization;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;

namespace VolumeBot.Paradex.Rest;

/// <summary>Public market data: market rules, best bid/ask, order book, trade tape.</summary>
internal sealed class MarketDataApi(ParadexRestClient rest)
{
    public async Task<VenueResult<MarketWire>> MarketAsync(string market, CancellationToken cancellationToken)
    {
        var page = await rest.PublicGetAsync($"markets?market={Uri.EscapeDataString(market)}", ParadexJson.Default.ResultsPageMarketWire, cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var found = page.Value.Results?.FirstOrDefault(m => m.Symbol == market);
        return found is null
            ? VenueResult<MarketWire>.Fail(VenueErrorKind.NotFound, $"market {market} is not listed on Paradex")
            : VenueResult<MarketWire>.Ok(found);
    }

    public Task<VenueResult<BboWire>> BboAsync(string market, CancellationToken cancellationToken) =>
        rest.PublicGetAsync($"bbo/{Uri.EscapeDataString(market)}", ParadexJson.Default.BboWire, cancellationToken);

    public Task<VenueResult<OrderBookWire>> OrderBookAsync(string market, int depth, CancellationToken cancellationToken) =>
        rest.PublicGetAsync(string.Create(CultureInfo.InvariantCulture, $"orderbook/{Uri.EscapeDataString(market)}?depth={depth}"), ParadexJson.Default.OrderBookWire, cancellationToken);

    /// <summary>The newest page of the market's trade tape (the venue's default page size, newest first).</summary>
    public Task<VenueResult<ResultsPage<TradeWire>>> TradesAsync(string market, CancellationToken cancellationToken) =>
        rest.PublicGetAsync($"trades?market={Uri.EscapeDataString(market)}", ParadexJson.Default.ResultsPageTradeWire, cancellationToken);
}
