using System.Globalization;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;

namespace VolumeBot.Cli.Reports;

/// <summary>What the order budget lets one account do in a day, measured by a budgeted simulation of about a day and a half.</summary>
public sealed record RetailBudgetFigures(
    string Budget,
    decimal RoundsPerDay,
    decimal VolumePerDay,
    decimal OrdersPerRound,
    int MaxOrdersPer24h,
    int MaxOrdersPerHour,
    int MaxOrdersPerMinute,
    string Source);

/// <summary>Runs the bot under a Retail order budget on the ticker's simulated market, long enough to see whole days.</summary>
public static class RetailBudgetProbe
{
    public static (RetailBudgetFigures? Figures, string? Error) Measure(string venue, string ticker, decimal quantity, decimal waitSeconds, PlannedClose close, FeeSchedule fees, OrderClassOptions orderClass)
    {
        ArgumentNullException.ThrowIfNull(orderClass);
        var (market, unknown) = MarketModelOptions.TryForTicker(venue, ticker);
        if (market is null)
        {
            return (null, $"--order-class retail: the budget is measured on a simulated market; {unknown}");
        }

        var settings = new BotSettings
        {
            Venue = venue, Ticker = ticker, Quantity = quantity, Boost = close != PlannedClose.TakeProfit, UseIoc = close == PlannedClose.Ioc, CloseTactic = PlannedCloses.Tactic(close),
            WaitTime = TimeSpan.FromSeconds((double)waitSeconds), MaxCycles = 1,
        };
        if (Commands.OrderClassFlags.BudgetProblem(orderClass, settings) is { } problem)
        {
            return (null, problem);
        }

        using var sizing = orderClass.OpenBudget(settings, null, TimeProvider.System)!;
        var perDay = sizing.Planned.Windows.Max(w => w.Limit);
        settings = settings with { MaxCycles = Math.Max(10, perDay * 3 / 4) }; // about a day and a half at two orders a round
        try
        {
            var result = Simulator.Run(new SimulationRequest
            {
                Label = "estimate", Settings = settings, Market = market, Fees = fees,
                Timings = orderClass.Timings(),
                OrderBudget = clock => orderClass.OpenBudget(settings, null, clock)!,
            });
            var cycles = Math.Max(1, result.Summary.Cycles);
            var ordersPerRound = (decimal)result.Orders / cycles;
            var roundsPerDay = result.SimulatedTime.TotalDays >= 1 ? result.MaxOrdersPer24h / ordersPerRound : cycles / (decimal)result.SimulatedTime.TotalDays;
            return (new RetailBudgetFigures(
                sizing.Planned.Describe(),
                decimal.Round(roundsPerDay, 1),
                decimal.Round(result.VolumePerDay, 2),
                decimal.Round(ordersPerRound, 2),
                result.MaxOrdersPer24h,
                result.MaxOrdersPerHour,
                result.MaxOrdersPerMinute,
                string.Create(CultureInfo.InvariantCulture, $"measured by a {cycles}-cycle budgeted simulation ({result.SimulatedTime.TotalHours:0.#} h) on the simulated {ticker} market")), null);
        }
        catch (BotStartupException refused)
        {
            return (null, refused.Message);
        }
    }
}
