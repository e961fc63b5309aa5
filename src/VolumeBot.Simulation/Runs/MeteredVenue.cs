using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Runs;

/// <summary>The venue as the bot sees it, with every order submission counted at the simulated time it was sent.</summary>
public sealed class MeteredVenue(IExchangeClient inner, TimeProvider time, OrderRateMeter meter) : ExchangeClientDecorator(inner)
{
    /// <summary>Whether cancels are metered too (a Retail budget counts them as orders).</summary>
    public bool CountsCancels { get; init; }

    /// <summary>Submissions the venue refused, outright or in its acknowledgement (a post-only that would cross): sent, never an order.</summary>
    public int Refused { get; private set; }

    public override async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        meter.Record(time.GetUtcNow());
        var result = await Inner.PlaceOrderAsync(request, cancellationToken);
        if (!result.IsSuccess || result.Value.Status == OrderStatus.Rejected)
        {
            Refused++;
        }

        return result;
    }

    public override Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        if (CountsCancels)
        {
            meter.Record(time.GetUtcNow());
        }

        return Inner.CancelOrderAsync(clientOrderId, cancellationToken);
    }
}
