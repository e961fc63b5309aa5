using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

public enum PriceCondition
{
    Trade,
    Pause,
    Stop,
}

/// <summary>Stop and pause prices (spec 2.5): a buyer stops or pauses when the ask reaches them, a seller when the bid falls to them.</summary>
public static class PriceGuard
{
    public static bool IsActive(BotSettings settings) => settings.StopPrice is not null || settings.PausePrice is not null;

    public static PriceCondition Evaluate(BotSettings settings, TopOfBook top)
    {
        if (settings.StopPrice is { } stop && Reached(settings.Direction, top, stop))
        {
            return PriceCondition.Stop;
        }

        return settings.PausePrice is { } pause && Reached(settings.Direction, top, pause) ? PriceCondition.Pause : PriceCondition.Trade;
    }

    private static bool Reached(Side direction, TopOfBook top, decimal level) =>
        direction == Side.Buy ? top.BestAsk >= level : top.BestBid <= level;
}
