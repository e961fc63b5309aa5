using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest.Models;
using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt.Rest;

/// <summary>Orders on the trades host: create (signed), cancel, look up by client order id, list open ones.</summary>
internal sealed class TradingApi
{
    private readonly GrvtRestClient _rest;
    private readonly string _subAccountId;
    private readonly InstrumentFilter _filter;

    public TradingApi(GrvtRestClient rest, ulong subAccountId, InstrumentFilter filter)
    {
        _rest = rest;
        _subAccountId = subAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _filter = filter;
    }

    /// <summary>Sent once: an answer that never came back is an unknown outcome for the caller to resolve.</summary>
    public async Task<VenueResult<OrderWire>> CreateOrderAsync(SignedGrvtOrder order, CancellationToken cancellationToken)
    {
        var result = await _rest.WritePrivateAsync(SignedGrvtOrder.CreateOrderPath, order.ToCreateOrderJson(), GrvtJson.Default.EnvelopeOrderWire, "create_order", isSubmission: true, cancellationToken);
        return result.IsSuccess ? VenueResult<OrderWire>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var body = GrvtJson.Write(new ClientOrderRequest(_subAccountId, clientOrderId), GrvtJson.Default.ClientOrderRequest);
        var result = await _rest.WritePrivateAsync("/full/v1/cancel_order", body, GrvtJson.Default.EnvelopeAckWire, "cancel_order", isSubmission: false, cancellationToken);
        return result.IsSuccess ? VenueResult<bool>.Ok(result.Value.Result!.Ack) : result.Error;
    }

    public async Task<VenueResult<OrderWire>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var result = await _rest.ReadPrivateAsync("/full/v1/order", GrvtJson.Write(new ClientOrderRequest(_subAccountId, clientOrderId), GrvtJson.Default.ClientOrderRequest), GrvtJson.Default.EnvelopeOrderWire, "order", cancellationToken);
        return result.IsSuccess ? VenueResult<OrderWire>.Ok(result.Value.Result!) : result.Error;
    }

    public async Task<VenueResult<List<OrderWire>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var body = GrvtJson.Write(_filter.For(_subAccountId), GrvtJson.Default.FilteredRequest);
        var result = await _rest.ReadPrivateAsync("/full/v1/open_orders", body, GrvtJson.Default.EnvelopeListOrderWire, "open_orders", cancellationToken);
        return result.IsSuccess ? VenueResult<List<OrderWire>>.Ok(result.Value.Result!) : result.Error;
    }
}

/// <summary>The kind/base/quote filter arrays GRVT list endpoints take, derived from BTC_USDT_Perp.</summary>
internal sealed record InstrumentFilter(string[] Kind, string[] Base, string[] Quote)
{
    public static InstrumentFilter ForPerpetual(string baseCurrency) => new(["PERPETUAL"], [baseCurrency], ["USDT"]);

    public FilteredRequest For(string subAccountId) => new(subAccountId, Kind, Base, Quote);
}
