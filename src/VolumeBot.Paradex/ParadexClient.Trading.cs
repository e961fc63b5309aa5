using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Paradex;

public sealed partial class ParadexClient
{
    /// <summary>
    /// Signs and sends the order once. A timeout, a broken connection or an ambiguous 5xx comes back as
    /// <see cref="VenueErrorKind.UnknownOutcome"/>: the order may exist, and only a look-up by client id can tell.
    /// </summary>
    public async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signer = _signer ?? throw new InvalidOperationException("ConnectAsync must succeed before trading.");
        string body;
        try
        {
            body = SignedOrderBody(request, signer, NextSignatureTimestamp());
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return VenueResult<OrderSnapshot>.Fail(VenueErrorKind.InvalidRequest, $"order {request.ClientOrderId} cannot be sent: {e.Message}");
        }

        var placed = await _rest.Trading.CreateOrderAsync(body, _options.SubmitTimeout, cancellationToken);
        if (!placed.IsSuccess)
        {
            return placed.Error;
        }

        Remember(placed.Value);

        // a post-only that crossed may already come back CLOSED with POST_ONLY_WOULD_CROSS: status Rejected, the loop re-prices
        return VenueResult<OrderSnapshot>.Ok(OrderMapping.ToSnapshot(placed.Value) with { ClientOrderId = request.ClientOrderId });
    }

    public Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        _rest.Trading.CancelByClientIdAsync(clientOrderId, Market, _options.RequestTimeout, cancellationToken);

    public async Task<VenueResult<OrderSnapshot>> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var found = await FindOrderAsync(clientOrderId, cancellationToken);
        return found.IsSuccess ? VenueResult<OrderSnapshot>.Ok(OrderMapping.ToSnapshot(found.Value)) : found.Error;
    }

    public async Task<VenueResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(CancellationToken cancellationToken)
    {
        var open = await _rest.Trading.OpenOrdersAsync(Market, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error;
        }

        return VenueResult<IReadOnlyList<OrderSnapshot>>.Ok(open.Value.Where(o => o.Market is null || o.Market == Market).Select(OrderMapping.ToSnapshot).ToList());
    }

    /// <summary>The open order by client id, else the order history (the open-order endpoint forgets closed orders).</summary>
    private async Task<VenueResult<OrderWire>> FindOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var open = await _rest.Trading.OpenOrderByClientIdAsync(clientOrderId, Market, cancellationToken);
        if (open.IsSuccess)
        {
            Remember(open.Value);
            return open;
        }

        if (open.Error.Kind != VenueErrorKind.NotFound)
        {
            return open.Error;
        }

        var history = await _rest.Trading.HistoryByClientIdAsync(clientOrderId, Market, cancellationToken);
        if (!history.IsSuccess)
        {
            return history.Error;
        }

        var order = history.Value.Where(o => o.ClientId == clientOrderId).MaxBy(o => o.LastUpdatedAt);
        if (order is null)
        {
            return VenueResult<OrderWire>.Fail(VenueErrorKind.NotFound, $"order {clientOrderId} not found on {Market}");
        }

        Remember(order);
        return VenueResult<OrderWire>.Ok(order);
    }

    /// <summary>The body of POST /orders: the order as Paradex takes it, signed with the account's Stark key.</summary>
    private string SignedOrderBody(OrderRequest request, ParadexSigner signer, long signatureTimestampMs)
    {
        var order = OrderMapping.ToParadexOrder(request, Rules, signatureTimestampMs);
        return ParadexRequests.OrderBody(order, signer.SignOrder(order).Signature);
    }

    /// <summary>Unix ms, strictly increasing: the signature timestamp is also the order's nonce.</summary>
    private long NextSignatureTimestamp()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastSignatureMs);
            var next = Math.Max(_time.GetUtcNow().ToUnixTimeMilliseconds(), last + 1);
            if (Interlocked.CompareExchange(ref _lastSignatureMs, next, last) == last)
            {
                return next;
            }
        }
    }
}
