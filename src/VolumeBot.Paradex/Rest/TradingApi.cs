using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex.Rest;

/// <summary>Private order endpoints. Submissions and cancels are sent once; only reads are retried here.</summary>
internal sealed class TradingApi(ParadexRestClient rest)
{
    public async Task<VenueResult<OrderWire>> CreateOrderAsync(string body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var response = await rest.SendPrivateAsync(HttpMethod.Post, "orders", body, timeout, cancellationToken);
        return ParadexRestClient.Parse(response, ParadexJson.Default.OrderWire, RequestKind.Submit, "POST /orders");
    }

    public async Task<VenueResult<bool>> CancelByClientIdAsync(string clientId, string market, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var response = await rest.SendPrivateAsync(HttpMethod.Delete, $"orders/by_client_id/{Uri.EscapeDataString(clientId)}?market={Uri.EscapeDataString(market)}", null, timeout, cancellationToken);
        return response.IsSuccess
            ? VenueResult<bool>.Ok(true) // 204 without a body: the cancel is queued
            : ParadexErrors.From(response, RequestKind.Cancel, $"cancel of {clientId}");
    }

    /// <summary>GET /orders/by_client_id/{id}: only finds orders that are still open.</summary>
    public Task<VenueResult<OrderWire>> OpenOrderByClientIdAsync(string clientId, string market, CancellationToken cancellationToken) =>
        rest.PrivateGetAsync($"orders/by_client_id/{Uri.EscapeDataString(clientId)}?market={Uri.EscapeDataString(market)}", ParadexJson.Default.OrderWire, cancellationToken);

    public async Task<VenueResult<List<OrderWire>>> HistoryByClientIdAsync(string clientId, string market, CancellationToken cancellationToken)
    {
        var page = await rest.PrivateGetAsync($"orders-history?market={Uri.EscapeDataString(market)}&client_id={Uri.EscapeDataString(clientId)}&page_size=10", ParadexJson.Default.ResultsPageOrderWire, cancellationToken);
        return page.IsSuccess ? VenueResult<List<OrderWire>>.Ok(page.Value.Results ?? []) : page.Error;
    }

    public async Task<VenueResult<List<OrderWire>>> OpenOrdersAsync(string market, CancellationToken cancellationToken)
    {
        var page = await rest.PrivateGetAsync($"orders?market={Uri.EscapeDataString(market)}", ParadexJson.Default.ResultsPageOrderWire, cancellationToken);
        return page.IsSuccess ? VenueResult<List<OrderWire>>.Ok(page.Value.Results ?? []) : page.Error;
    }
}
