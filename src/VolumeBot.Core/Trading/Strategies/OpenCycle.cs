using VolumeBot.Core.Trading.Placing;

namespace VolumeBot.Core.Trading.Strategies;

/// <summary>
/// Spec 2.6/2.7: a post-only open one tick inside the far touch, chased while the touch moves away from it, settled
/// (cancel, count what filled) before anything is closed.
/// </summary>
public sealed class OpenCycle
{
    private readonly IStrategyHost _host;

    public OpenCycle(IStrategyHost host)
    {
        _host = host;
    }

    /// <summary>
    /// Opens the next cycle: counts the order placed and, when something filled, starts the cycle and waits until the
    /// open's fills are on disk (before anything closes them).
    /// </summary>
    public async Task<Placement> RunAsync(decimal quantity, CancellationToken stopToken)
    {
        var cycle = _host.CyclesStarted + 1;
        var open = await PlaceAsync(cycle, quantity, stopToken);
        if (open.Order is not null)
        {
            _host.Statistics.OpenOrderPlaced();
        }

        if (open.Filled > 0)
        {
            _host.CyclesStarted = cycle;
            await _host.Desk.CompleteFillsAsync(open.Order!);
            _host.Desk.CloseLatency.OpenFilled(open.Order!.LastEventTakenAt);
        }

        return open;
    }

    private Task<Placement> PlaceAsync(int cycle, decimal quantity, CancellationToken stopToken)
    {
        var direction = _host.Settings.Direction;
        var rules = _host.Rules;
        var quote = new PostOnlyQuote
        {
            Side = direction,
            Quantity = quantity,
            Purpose = OrderPurpose.Open,
            Cycle = cycle,
            PriceFor = top => OpenPrice.For(direction, top!, rules),
            Chase = new ChaseRule((price, top) => OpenPrice.IsStillCompetitive(direction, price, OpenPrice.For(direction, top, rules))),
        };
        return _host.Placer.PlaceAsync(quote, stopToken);
    }
}
