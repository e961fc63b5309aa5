using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Mapping;

namespace VolumeBot.Paradex;

public sealed partial class ParadexClient
{
    /// <summary>Fills are asked for from a little before the order was created, to allow for clock differences.</summary>
    private static readonly TimeSpan FillLookBack = TimeSpan.FromMinutes(1);

    public async Task<VenueResult<PositionSnapshot>> GetPositionAsync(CancellationToken cancellationToken)
    {
        var positions = await _rest.Account.PositionsAsync(cancellationToken);
        return positions.IsSuccess
            ? VenueResult<PositionSnapshot>.Ok(new PositionSnapshot(OrderMapping.SignedPosition(positions.Value, Market)))
            : positions.Error;
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var fills = await _rest.Account.FillsAsync(Market, Math.Max(0, since.ToUnixTimeMilliseconds()), cancellationToken);
        if (!fills.IsSuccess)
        {
            return fills.Error;
        }

        return VenueResult<IReadOnlyList<Fill>>.Ok(fills.Value
            .Where(f => f.Market is null || f.Market == Market)
            .DistinctBy(f => f.Id)
            .Select(f => OrderMapping.ToFill(f, SideOfOrder(f)))
            .OrderBy(f => f.Time)
            .ToList());
    }

    public async Task<VenueResult<AccountCapacity>> GetAccountCapacityAsync(CancellationToken cancellationToken)
    {
        var account = await _rest.Account.AccountAsync(cancellationToken);
        if (!account.IsSuccess)
        {
            return account.Error;
        }

        return WireDecimal.Parse(account.Value.FreeCollateral) is { } free
            ? VenueResult<AccountCapacity>.Ok(new AccountCapacity(free))
            : VenueResult<AccountCapacity>.Fail(VenueErrorKind.Unavailable, "Paradex /account has no free_collateral");
    }

    /// <summary>The account's Pro (API order) rates from GET /account/info; null when the answer carries none.</summary>
    public async Task<VenueResult<AccountFeeRates?>> GetFeeRatesAsync(CancellationToken cancellationToken)
    {
        if (_options.InteractiveToken)
        {
            return VenueResult<AccountFeeRates?>.Ok(new AccountFeeRates(0m, 0m, "Retail orders on the interactive token")); // account info gives the Pro rates
        }

        var info = await _rest.Account.AccountInfoAsync(cancellationToken);
        if (!info.IsSuccess)
        {
            return info.Error;
        }

        var fees = info.Value.Results?.FirstOrDefault()?.Fees ?? info.Value.Fees;
        return VenueResult<AccountFeeRates?>.Ok(
            WireDecimal.Parse(fees?.MakerRate) is { } maker && WireDecimal.Parse(fees?.TakerRate) is { } taker
                ? new AccountFeeRates(maker, taker, "account info")
                : null);
    }

    public async Task<VenueResult<IReadOnlyList<Fill>>> GetFillsAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        if (!_known.TryGetValue(clientOrderId, out var known))
        {
            var order = await FindOrderAsync(clientOrderId, cancellationToken);
            if (!order.IsSuccess)
            {
                return order.Error;
            }

            known = new KnownOrder(order.Value.Id, order.Value.CreatedAt, OrderMapping.SideOf(order.Value.Side));
        }

        var since = known.CreatedAtMs - (long)FillLookBack.TotalMilliseconds;
        var fills = await _rest.Account.FillsAsync(Market, Math.Max(0, since), cancellationToken);
        if (!fills.IsSuccess)
        {
            return fills.Error;
        }

        return VenueResult<IReadOnlyList<Fill>>.Ok(fills.Value
            .Where(f => f.OrderId == known.VenueOrderId || f.ClientId == clientOrderId)
            .DistinctBy(f => f.Id)
            .Select(f => OrderMapping.ToFill(f, known.Side))
            .ToList());
    }
}
