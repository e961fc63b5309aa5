using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Refuses, before the first order, a --quantity the venue would not take or the account could not carry: above the
/// market's maximum order size, or needing more initial margin than the account's free collateral.
/// </summary>
public static class AccountCapacityCheck
{
    /// <summary>When the venue publishes no margin fraction: 2 % (50x), the highest leverage either venue offers, so only what no account setting could carry is refused.</summary>
    public const decimal DefaultInitialMarginFraction = 0.02m;

    public static string? Refusal(decimal quantity, decimal price, MarketRules rules, AccountCapacity capacity)
    {
        if (rules.MaxOrderSize is { } max && quantity > max)
        {
            return $"--quantity {quantity} is above {rules.Symbol}'s maximum order size {max}";
        }

        var fraction = rules.InitialMarginFraction ?? DefaultInitialMarginFraction;
        var notional = quantity * price;
        var margin = notional * fraction;
        if (margin <= capacity.FreeCollateral)
        {
            return null;
        }

        return FormattableString.Invariant(
            $"--quantity {quantity} on {rules.Symbol} is {notional:0.##} USDT of notional and needs {margin:0.##} USDT of margin at {1m / fraction:0.#}x, but the account has {capacity.FreeCollateral:0.##} USDT of free collateral");
    }
}
