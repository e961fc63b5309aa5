using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Budget;

/// <summary>
/// The backstop of the order budget: every submission and cancel is counted before it goes out, and one that would
/// break the venue's limits comes back as a rate-limit error without being sent.
/// </summary>
public sealed class BudgetedVenue(IExchangeClient inner, OrderBudget budget) : ExchangeClientDecorator(inner)
{
    /// <summary>Actions refused because they would have broken a limit (never sent).</summary>
    public int Refused { get; private set; }

    public override async Task<VenueResult<OrderSnapshot>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken) =>
        await budget.TryCountAsync(cancellationToken)
            ? await Inner.PlaceOrderAsync(request, cancellationToken)
            : VenueResult<OrderSnapshot>.Fail(Refuse(), $"order {request.ClientOrderId} not sent: {Full()}");

    public override async Task<VenueResult<bool>> CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        await budget.TryCountAsync(cancellationToken)
            ? await Inner.CancelOrderAsync(clientOrderId, cancellationToken)
            : VenueResult<bool>.Fail(Refuse(), $"cancel of {clientOrderId} not sent: {Full()}");

    private VenueErrorKind Refuse()
    {
        Refused++;
        return VenueErrorKind.RateLimited;
    }

    private string Full() => $"it would break the {budget.Venue.Name} order limits ({budget.Usage()})";
}
