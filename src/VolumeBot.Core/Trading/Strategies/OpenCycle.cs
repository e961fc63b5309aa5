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

    public Task<Placement> RunAsync(int cycle, decimal quantity, CancellationToken stopToken)
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
