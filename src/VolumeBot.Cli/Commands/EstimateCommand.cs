using System.CommandLine;
using System.Globalization;
using VolumeBot.Cli.Reports;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Commands;

/// <summary>`volumebot estimate`: plans a run's rounds, duration and cost before it starts.</summary>
public static class EstimateCommand
{
    public static Command Build() => Build(Console.Out, Console.Error);

    public static Command Build(TextWriter output, TextWriter error)
    {
        var exchange = new Option<string>("--exchange") { Description = "Venue whose fee profile applies: paradex or grvt", DefaultValueFactory = _ => "paradex" };
        var ticker = new Option<string>("--ticker") { Description = "Base asset; with --paper it picks the paper market's price", DefaultValueFactory = _ => "ETH" };
        var price = new Option<decimal?>("--price") { Description = "Price of the asset in USDT" };
        var paper = new Option<bool>("--paper") { Description = "Use the paper market's price for --ticker instead of --price" };
        var quantity = new Option<decimal>("--quantity") { Description = "Order size in base units", Required = true };
        var target = new Option<decimal>("--target-volume") { Description = "Quote volume (USDT) the run should reach", Required = true };
        var wait = new Option<decimal>("--wait-time") { Description = "Seconds between rounds (the bot's --wait-time)", Required = true };
        var close = new Option<string?>("--close") { Description = "How each round closes: market (default), ioc, layered-ioc, maker-first or take-profit" };
        var makerShare = new Option<decimal?>("--maker-fill-share")
        {
            Description = $"Percent of a maker-first close that fills as maker at the touch (default: measured by the short simulation, else assumed {RunPlanner.AssumedMakerCloseShare * 100:0} %)",
        };
        var boost = new Option<bool>("--boost") { Description = "Accepted as the bot takes it: the plan is of a boost run (closed at once)" };
        var useIoc = new Option<bool>("--use-ioc") { Description = "As the bot takes it: --close ioc" };
        var profile = new Option<string?>("--fee-profile") { Description = "Fee profile: paradex-pro (Paradex's default), paradex-retail, grvt-level1 (GRVT's), grvt-doc" };
        var maker = new Option<decimal?>("--maker-fee-bps") { Description = "Maker fee in bps (negative = rebate; default: the venue's profile)" };
        var taker = new Option<decimal?>("--taker-fee-bps") { Description = "Taker fee in bps (default: the venue's profile)" };
        var slippage = new Option<decimal?>("--slippage-bps") { Description = "Expected slippage in bps of volume (default: measured by the same short simulation as the fill time)" };
        var fillTime = new Option<decimal?>("--fill-time")
        {
            Description = "Seconds a round takes to fill its open and close, on top of --wait-time (default: measured by a short simulation of the ticker's market)",
        };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON" };
        var retailFlags = new BotFlags();

        var command = new Command("estimate", "Plan a run: rounds, duration, fees, slippage and total cost")
        {
            exchange, ticker, price, paper, quantity, target, wait, close, makerShare, boost, useIoc, profile, maker, taker, slippage, fillTime, json,
            retailFlags.OrderClass, retailFlags.BudgetMargin, retailFlags.OrdersPerDay, retailFlags.MaxReprices,
        };
        command.SetAction(async parse =>
        {
            var (asked, problem) = Request(parse, exchange, ticker, price, paper, quantity, target, wait, CloseName(parse, close, boost, useIoc), maker, taker, slippage, fillTime, makerShare);
            var request = asked;
            if (asked is not null)
            {
                var orderClass = OrderClassFlags.Read(parse, retailFlags, asked.Venue);
                (request, problem) = orderClass.Options is null
                    ? (null, orderClass.Error)
                    : Complete(asked with { FeeProfileName = parse.GetValue(profile) ?? (orderClass.Options.Retail ? FeeProfile.ParadexRetail.Name : null) }, parse.GetValue(ticker)!.Trim().ToUpperInvariant(), parse.GetValue(fillTime) is null, parse.GetValue(slippage) is null, parse.GetValue(makerShare) is null);
                if (request is not null && orderClass.Options is { Retail: true } retail)
                {
                    (request, problem) = WithBudget(request!, parse.GetValue(ticker)!.Trim().ToUpperInvariant(), retail);
                }
            }

            if (request is null)
            {
                await error.WriteLineAsync($"Error: {problem}");
                return 1;
            }

            var plan = RunPlanner.Plan(request);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(RunPlanText.Json(plan));
            }
            else
            {
                foreach (var line in RunPlanText.Lines(plan))
                {
                    await output.WriteLineAsync(line);
                }
            }

            return 0;
        });
        return command;
    }

    private static (RunPlanRequest? Request, string? Problem) Request(
        ParseResult parse,
        Option<string> exchange,
        Option<string> ticker,
        Option<decimal?> price,
        Option<bool> paper,
        Option<decimal> quantity,
        Option<decimal> target,
        Option<decimal> wait,
        (string? Name, string? Problem) close,
        Option<decimal?> maker,
        Option<decimal?> taker,
        Option<decimal?> slippage,
        Option<decimal?> fillTime,
        Option<decimal?> makerShare)
    {
        var venue = parse.GetValue(exchange)!.Trim().ToLowerInvariant();
        if (!SettingsBuilder.Venues.Contains(venue))
        {
            return (null, $"--exchange {venue} is not supported; allowed: {string.Join(", ", SettingsBuilder.Venues)}");
        }

        if (close.Problem is not null)
        {
            return (null, close.Problem);
        }

        var closeMethod = PlannedCloses.Parse(close.Name ?? "market");
        if (closeMethod is null)
        {
            return (null, $"--close must be {PlannedCloses.Allowed} (got {close.Name})");
        }

        if (parse.GetValue(makerShare) is { } share && (closeMethod != PlannedClose.MakerFirst || share is < 0 or > 100))
        {
            return (null, closeMethod != PlannedClose.MakerFirst ? "--maker-fill-share is the share of a maker-first close: give it with --close maker-first" : "--maker-fill-share must be a percent from 0 to 100");
        }

        var symbol = parse.GetValue(ticker)!.Trim().ToUpperInvariant();
        decimal unitPrice;
        string source;
        switch (parse.GetValue(price), parse.GetValue(paper))
        {
            case (not null, true):
                return (null, "give either --price or --paper, not both");
            case ({ } given, false):
                unitPrice = given;
                source = "--price";
                break;
            case (null, true):
                var (paperMarket, unknown) = MarketModelOptions.TryForTicker(venue, symbol);
                if (paperMarket is null)
                {
                    return (null, $"--paper: {unknown}; give --price instead");
                }

                unitPrice = paperMarket.InitialMid;
                source = string.Create(CultureInfo.InvariantCulture, $"the paper market's {symbol} price");
                break;
            default:
                return (null, "give --price (USDT) or --paper (the paper market's price for --ticker)");
        }

        var error = unitPrice <= 0 ? "--price must be greater than 0"
            : parse.GetValue(quantity) <= 0 ? "--quantity must be greater than 0"
            : parse.GetValue(target) <= 0 ? "--target-volume must be greater than 0 USDT"
            : parse.GetValue(wait) < 0 ? "--wait-time must be 0 or more seconds"
            : parse.GetValue(fillTime) is < 0 ? "--fill-time must be 0 or more seconds"
            : parse.GetValue(slippage) is < 0 ? "--slippage-bps must be 0 or more"
            : null;
        if (error is not null)
        {
            return (null, error);
        }

        // the size rules of the paper market for --ticker, checked as the bot checks them at start-up (a ticker without
        // a simulated market is checked by the venue when the bot connects)
        if (MarketModelOptions.TryForTicker(venue, symbol).Options is { } market
            && OrderQuantity.Problem(parse.GetValue(quantity), new MarketRules(market.Symbol, market.TickSize, market.SizeIncrement, market.MinSize, market.MinNotional)) is { } sizeProblem)
        {
            return (null, sizeProblem);
        }

        return (new RunPlanRequest(
            venue,
            unitPrice,
            source,
            parse.GetValue(quantity),
            parse.GetValue(target),
            parse.GetValue(wait),
            closeMethod.Value,
            parse.GetValue(maker),
            parse.GetValue(taker),
            parse.GetValue(slippage),
            parse.GetValue(fillTime) ?? RunPlanner.AssumedFillSeconds,
            FillSource: parse.GetValue(fillTime) is null ? "assumed" : "--fill-time",
            MakerCloseShare: parse.GetValue(makerShare) / 100m,
            MakerCloseShareSource: parse.GetValue(makerShare) is null ? null : "--maker-fill-share"), null);
    }

    private static (RunPlanRequest? Request, string? Problem) WithBudget(RunPlanRequest request, string ticker, Configuration.OrderClassOptions orderClass)
    {
        var (fees, _) = RunPlanner.Fees(request);
        var (figures, error) = RetailBudgetProbe.Measure(request.Venue, ticker, request.Quantity, request.WaitSeconds, request.Close, fees!, orderClass);
        return figures is null ? (null, error) : (request with { Retail = figures }, null);
    }

    /// <summary>The close asked for by --close, or by the bot's own --use-ioc; --boost with a take-profit close does not fit.</summary>
    private static (string? Name, string? Problem) CloseName(ParseResult parse, Option<string?> close, Option<bool> boost, Option<bool> useIoc)
    {
        var name = parse.GetValue(close);
        if (parse.GetValue(useIoc))
        {
            if (name is not null && !name.Trim().Equals("ioc", StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"--use-ioc means --close ioc; it does not go with --close {name}");
            }

            name = "ioc";
        }

        if (parse.GetValue(boost) && name is not null && name.Trim().ToLowerInvariant() is "take-profit" or "take_profit" or "tp")
        {
            return (null, "--boost closes at once; a take-profit close is normal mode (leave out --boost)");
        }

        return (name, null);
    }

    /// <summary>
    /// Checks the fee profile and, unless --fill-time was given, takes a round's fill time from a short simulation of
    /// the bot, which also refuses a quantity the market would.
    /// </summary>
    private static (RunPlanRequest? Request, string? Problem) Complete(RunPlanRequest request, string ticker, bool measure, bool measureSlippage, bool measureMakerShare)
    {
        var (fees, feeError) = RunPlanner.Fees(request);
        if (fees is null)
        {
            return (null, feeError);
        }

        measureMakerShare &= request.Close == PlannedClose.MakerFirst;
        if (!measure && !measureSlippage && !measureMakerShare)
        {
            return (request, null);
        }

        var (seconds, slippageBps, makerCloseShare, source, refused) = FillTimeProbe.Measure(request.Venue, ticker, request.Quantity, request.WaitSeconds, request.Close, fees);
        if (refused is not null)
        {
            return (null, refused);
        }

        if (measure)
        {
            request = seconds is { } measured ? request with { FillSeconds = measured, FillSource = source } : request with { FillSource = source };
        }

        if (measureSlippage && slippageBps is { } bps)
        {
            request = request with { SlippageBps = bps, SlippageSource = source };
        }

        if (measureMakerShare && makerCloseShare is { } share)
        {
            request = request with { MakerCloseShare = share, MakerCloseShareSource = source };
        }

        return (request, null);
    }
}
