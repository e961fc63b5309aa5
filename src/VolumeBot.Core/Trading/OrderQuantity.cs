using System.Globalization;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>The size rules a market puts on --quantity; the bot at start-up and `volumebot estimate` say the same.</summary>
public static class OrderQuantity
{
    /// <summary>Why the market refuses this order size, or null when it takes it.</summary>
    public static string? Problem(decimal quantity, MarketRules rules)
    {
        if (rules.RoundSizeDown(quantity) != quantity)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--quantity {quantity} is not a multiple of {rules.Symbol}'s size increment {rules.SizeIncrement}");
        }

        return quantity < rules.MinSize
            ? string.Create(CultureInfo.InvariantCulture, $"Order quantity is less than min quantity: --quantity {quantity} < {rules.MinSize} on {rules.Symbol}")
            : null;
    }
}
