using System.CommandLine;
using VolumeBot.Cli.Configuration;

namespace VolumeBot.Cli.Commands;

/// <summary>Reads --order-class and its budget flags, or names the one that is wrong.</summary>
public static class OrderClassFlags
{
    public static (OrderClassOptions? Options, string? Error) Read(ParseResult parse, BotFlags flags, string exchange)
    {
        var name = parse.GetValue(flags.OrderClass)?.Trim().ToLowerInvariant();
        var margin = parse.GetValue(flags.BudgetMargin);
        var perDay = parse.GetValue(flags.OrdersPerDay);
        var reprices = parse.GetValue(flags.MaxReprices);
        if (name is not ("pro" or "retail"))
        {
            return (null, $"--order-class must be pro or retail (got {parse.GetValue(flags.OrderClass)})");
        }

        if (name == "pro")
        {
            var budgetFlag = margin is not null ? "--budget-margin" : perDay is not null ? "--orders-per-day" : reprices is not null ? "--max-reprices" : null;
            return budgetFlag is null ? (OrderClassOptions.Pro, null) : (null, $"{budgetFlag} can only be used with --order-class retail");
        }

        if (exchange != "paradex")
        {
            return (null, $"--order-class retail is a Paradex order class (an interactive token); {exchange} has none: leave the flag out or use --exchange paradex");
        }

        var error = margin is < 0 or >= 100 ? $"--budget-margin must be a percent from 0 to below 100 (got {margin})"
            : perDay is <= 0 or > 1000 ? $"--orders-per-day must be from 1 to 1000, the Retail limit per 24 h (got {perDay})"
            : reprices is < 0 ? $"--max-reprices must be 0 or more (got {reprices})"
            : null;
        return error is not null
            ? (null, error)
            : (new OrderClassOptions(true, (margin ?? OrderClassOptions.DefaultMargin * 100m) / 100m, perDay, reprices ?? OrderClassOptions.DefaultMaxReprices), null);
    }

    /// <summary>Why a Retail budget cannot work with these settings (a cycle larger than a window), or null.</summary>
    public static string? BudgetProblem(OrderClassOptions orderClass, Core.Trading.BotSettings settings)
    {
        try
        {
            orderClass.OpenBudget(settings, null, TimeProvider.System)?.Dispose();
            return null;
        }
        catch (ArgumentException impossible)
        {
            return $"--order-class retail: {impossible.Message}";
        }
    }
}
