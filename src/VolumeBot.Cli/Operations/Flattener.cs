using System.Globalization;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Operations;

/// <summary>
/// `volumebot flatten`: cancels the bot's own open orders on the market (every order with --all-orders), closes the
/// position reduce-only by IOC at the mid through the tolerance and then at market for what did not fill, and reads
/// the venue again: flat only when it shows no position and no order left. Without <c>execute</c> it only says what
/// it would do.
/// </summary>
public sealed class Flattener(IExchangeClient venue, TimeProvider time, TextWriter output)
{
    public const int Flat = 0;
    public const int NotFlat = 1;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>How long a cancel or a close may take to show on the venue before flatten gives up on it.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    public async Task<(int Code, string? Error)> RunAsync(MarketRules rules, bool execute, bool allOrders, decimal toleranceBps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ids = new ClientOrderIds(venue.ClientOrderIdKey, Random.Shared);
        var (orders, position, readError) = await ReadAsync(cancellationToken);
        if (readError is not null)
        {
            return (NotFlat, readError);
        }

        var targets = orders!.Where(o => allOrders || ids.IsOwn(o.ClientOrderId)).ToList();
        var others = orders!.Count - targets.Count;
        await output.WriteLineAsync($"{(execute ? "Cancelling" : "Would cancel")} {targets.Count} open order(s) on {rules.Symbol}{(allOrders ? "" : " placed by volumebot with these keys")}:");
        foreach (var order in targets)
        {
            await output.WriteLineAsync(string.Format(C, "  {0} {1} @ {2} ({3}, {4})", order.Side.ToLowerName(), order.RemainingQuantity, order.Price?.ToString(C) ?? "market", order.Kind, order.ClientOrderId));
        }

        if (others > 0)
        {
            await output.WriteLineAsync($"Leaving {others} order(s) volumebot did not place (--all-orders cancels them too)");
        }

        await output.WriteLineAsync(position!.SignedSize == 0
            ? "Position: flat"
            : string.Format(C, "{0} the {1} {2} position reduce-only: IOC at the mid {3} {4} bps, then market for what does not fill", execute ? "Closing" : "Would close", position.SignedSize > 0 ? "long" : "short", position.Size, position.SignedSize > 0 ? "-" : "+", toleranceBps));
        if (!execute)
        {
            var nothingToDo = orders!.Count == 0 && position.SignedSize == 0;
            await output.WriteLineAsync(nothingToDo ? "Nothing to do: the market is flat with no open order." : "Nothing done: add --yes to do it.");
            return (nothingToDo ? Flat : NotFlat, null);
        }

        foreach (var order in targets)
        {
            var cancelled = await venue.CancelOrderAsync(order.ClientOrderId, cancellationToken);
            if (!cancelled.IsSuccess && cancelled.Error.Kind != VenueErrorKind.NotFound)
            {
                await output.WriteLineAsync($"  cancel of {order.ClientOrderId} refused: {cancelled.Error.Message}");
            }
        }

        await UntilAsync(async () => (await venue.GetOpenOrdersAsync(cancellationToken)) is { IsSuccess: true } open && !open.Value.Any(o => targets.Any(t => t.ClientOrderId == o.ClientOrderId)), cancellationToken);
        if (position.SignedSize != 0)
        {
            await CloseAsync(rules, ids, position, toleranceBps, cancellationToken);
        }

        return await VerifyAsync(targets.Select(o => o.ClientOrderId).ToHashSet(), others, allOrders, cancellationToken);
    }

    private async Task CloseAsync(MarketRules rules, ClientOrderIds ids, PositionSnapshot position, decimal toleranceBps, CancellationToken cancellationToken)
    {
        var side = position.SignedSize > 0 ? Side.Sell : Side.Buy;
        var top = await venue.GetTopOfBookAsync(cancellationToken);
        if (top is { IsSuccess: true, Value.IsUsable: true })
        {
            var price = IocPrice.For(side, top.Value.Mid, toleranceBps, rules);
            var ioc = await PlaceAndSettleAsync(new OrderRequest(ids.Next(), side, OrderKind.ImmediateOrCancel, position.Size, price, ReduceOnly: true), cancellationToken);
            await output.WriteLineAsync(string.Format(C, "  IOC {0} {1} @ {2}: filled {3}", side.ToLowerName(), position.Size, price, ioc?.FilledQuantity ?? 0m));
        }

        var left = await venue.GetPositionAsync(cancellationToken);
        if (left is not { IsSuccess: true } || left.Value.SignedSize == 0)
        {
            return;
        }

        var market = await PlaceAndSettleAsync(new OrderRequest(ids.Next(), side, OrderKind.Market, left.Value.Size, null, ReduceOnly: true), cancellationToken);
        await output.WriteLineAsync(string.Format(C, "  market {0} {1}: filled {2}", side.ToLowerName(), left.Value.Size, market?.FilledQuantity ?? 0m));
    }

    private async Task<OrderSnapshot?> PlaceAndSettleAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var placed = await venue.PlaceOrderAsync(request, cancellationToken);
        if (!placed.IsSuccess)
        {
            await output.WriteLineAsync($"  {request.Kind} close refused: {placed.Error.Message}");
            return null;
        }

        var latest = placed.Value;
        await UntilAsync(async () =>
        {
            if (!latest.Status.IsTerminal() && await venue.GetOrderAsync(request.ClientOrderId, cancellationToken) is { IsSuccess: true } found)
            {
                latest = found.Value;
            }

            return latest.Status.IsTerminal();
        }, cancellationToken);
        return latest;
    }

    /// <summary>Reads the venue until it is flat, or until all that is left is what flatten did not touch (another's orders).</summary>
    private async Task<(int, string?)> VerifyAsync(HashSet<string> cancelled, int others, bool allOrders, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrderSnapshot>? orders = null;
        PositionSnapshot? position = null;
        string? readError = null;
        await UntilAsync(async () =>
        {
            (orders, position, readError) = await ReadAsync(cancellationToken);
            return readError is null && position!.SignedSize == 0 && !orders!.Any(o => allOrders || cancelled.Contains(o.ClientOrderId));
        }, cancellationToken);
        if (readError is null && orders!.Count == 0 && position!.SignedSize == 0)
        {
            await output.WriteLineAsync("Flat: the venue shows no position and no open order on the market.");
            return (Flat, null);
        }

        if (readError is not null)
        {
            return (NotFlat, $"the venue could not be read after flattening: {readError}");
        }

        var left = new List<string>();
        if (position!.SignedSize != 0)
        {
            left.Add(string.Format(C, "a position of {0}", position.SignedSize));
        }

        if (orders!.Count > 0)
        {
            left.Add($"{orders.Count} open order(s){(!allOrders && others > 0 ? " placed by someone else (--all-orders cancels them)" : "")}");
        }

        return (NotFlat, $"not flat: the venue still shows {string.Join(" and ", left)}");
    }

    private async Task<(IReadOnlyList<OrderSnapshot>? Orders, PositionSnapshot? Position, string? Error)> ReadAsync(CancellationToken cancellationToken)
    {
        var orders = await venue.GetOpenOrdersAsync(cancellationToken);
        if (!orders.IsSuccess)
        {
            return (null, null, $"open orders could not be read: {orders.Error.Message}");
        }

        var position = await venue.GetPositionAsync(cancellationToken);
        return position.IsSuccess ? (orders.Value, position.Value, null) : (null, null, $"the position could not be read: {position.Error.Message}");
    }

    /// <summary>Polls until the condition holds or <see cref="SettleTimeout"/> passes; true when it held.</summary>
    private async Task<bool> UntilAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + SettleTimeout;
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (time.GetUtcNow() >= deadline)
            {
                return false;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }
}
