using System.CommandLine;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Trading.Strategies;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Commands;

/// <summary>Turns parsed flags into a run, or into one clear line naming the flag that is wrong.</summary>
public static class SettingsBuilder
{
    public static readonly string[] Venues = ["paradex", "grvt"];

    private const int MaxWaitSeconds = 86_400;

    /// <param name="closePerRun">True for `simulate --compare`, which sets --close per run: a tactic's own flags then apply to the runs that use it.</param>
    public static (RunOptions? Options, string? Error) Build(ParseResult parse, BotFlags flags, bool closePerRun = false)
    {
        var exchange = parse.GetValue(flags.Exchange)!.Trim().ToLowerInvariant();
        if (!Venues.Contains(exchange))
        {
            return Fail($"--exchange {parse.GetValue(flags.Exchange)} is not supported; allowed: {string.Join(", ", Venues)}");
        }

        var direction = parse.GetValue(flags.Direction)!.Trim().ToLowerInvariant();
        if (direction is not ("buy" or "sell"))
        {
            return Fail($"--direction must be buy or sell (got {parse.GetValue(flags.Direction)})");
        }

        var ticker = parse.GetValue(flags.Ticker)!.Trim().ToUpperInvariant();
        if (ticker.Length == 0 || !ticker.All(char.IsAsciiLetterOrDigit))
        {
            return Fail($"--ticker must be a symbol such as BTC (got '{parse.GetValue(flags.Ticker)}')");
        }

        var quantity = parse.GetValue(flags.Quantity);
        var maxOrders = parse.GetValue(flags.MaxOrders);
        var waitTime = parse.GetValue(flags.WaitTime);
        var takeProfit = parse.GetValue(flags.TakeProfit);
        var tolerance = parse.GetValue(flags.IocToleranceBps);
        var strategy = parse.GetValue(flags.Strategy)?.Trim().ToLowerInvariant();
        var boost = parse.GetValue(flags.Boost) || strategy == "boost";
        var twoSided = strategy == "two-sided";
        var quoteFlag = new Option[] { flags.QuoteSpreadBps, flags.RequoteBps, flags.MaxPosition, flags.MaxInventoryTime }.FirstOrDefault(o => Given(parse, o))?.Name;
        var maxPosition = parse.GetValue(flags.MaxPosition);
        var inventoryTime = parse.GetValue(flags.MaxInventoryTime);
        var useIoc = parse.GetValue(flags.UseIoc);
        var close = parse.GetValue(flags.Close)?.Trim().ToLowerInvariant();
        var (layers, layersError) = IocLayer.Parse(parse.GetValue(flags.IocLayers)!);
        var makerTimeout = parse.GetValue(flags.MakerCloseTimeout);
        var maxAdverse = parse.GetValue(flags.MaxAdverseBps);
        var tacticFlag = Given(parse, flags.IocLayers) ? "--ioc-layers" : Given(parse, flags.MakerCloseTimeout) ? "--maker-close-timeout" : Given(parse, flags.MaxAdverseBps) ? "--max-adverse-bps" : null;
        var tacticNeeds = tacticFlag == "--ioc-layers" ? "layered-ioc" : "maker-first";
        var hedge = parse.GetValue(flags.HedgeExchange)?.Trim().ToLowerInvariant();
        var hedgeProblem = HedgeProblem(parse, flags, exchange, hedge, strategy);
        var hedged = hedge is not null;
        var holdTime = parse.GetValue(flags.HoldTime);
        var error = quantity <= 0 ? $"--quantity must be greater than 0 (got {quantity})"
            : hedgeProblem is not null ? hedgeProblem
            : strategy is not null && !TradingStrategies.Exists(strategy) ? $"--strategy must be {string.Join(", ", TradingStrategies.Names.SkipLast(1))} or {TradingStrategies.Names[^1]} (got {parse.GetValue(flags.Strategy)})"
            : strategy is not (null or "boost") && parse.GetValue(flags.Boost) ? $"--strategy {strategy} contradicts --boost (which means --strategy boost)"
            : quoteFlag is not null && !twoSided ? $"{quoteFlag} only applies to --strategy two-sided"
            : parse.GetValue(flags.QuoteSpreadBps) < 0 ? $"--quote-spread-bps must be 0 or more (got {parse.GetValue(flags.QuoteSpreadBps)})"
            : parse.GetValue(flags.RequoteBps) <= 0 ? $"--requote-bps must be greater than 0 (got {parse.GetValue(flags.RequoteBps)})"
            : maxPosition is { } bound && (bound < quantity || bound > 2 * quantity) ? $"--max-position must be from --quantity ({quantity}) to 2 x --quantity ({2 * quantity}): the drift guard stops a run whose position is more than two order sizes off (got {bound})"
            : inventoryTime <= 0 || inventoryTime > MaxWaitSeconds ? $"--max-inventory-time must be more than 0 and at most {MaxWaitSeconds} seconds (got {inventoryTime})"
            : maxOrders <= 0 ? $"--max-orders must be greater than 0 (got {maxOrders})"
            : waitTime < 0 ? $"--wait-time must be 0 or more seconds (got {waitTime})"
            : waitTime > MaxWaitSeconds ? $"--wait-time must be at most {MaxWaitSeconds} seconds, a day (got {waitTime})"
            : takeProfit < 0 ? $"--take-profit must be 0 or more percent (got {takeProfit})"
            : tolerance < 0 ? $"--ioc-tolerance-bps must be 0 or more (got {tolerance})"
            : close is not null && !CloseTactics.Exists(close) ? $"--close must be {string.Join(", ", CloseTactics.Names.SkipLast(1))} or {CloseTactics.Names[^1]} (got {parse.GetValue(flags.Close)})"
            : close is not (null or "ioc") && useIoc ? $"--close {close} contradicts --use-ioc (which means --close ioc)"
            : layersError is not null ? layersError
            : makerTimeout <= 0 || makerTimeout > MaxWaitSeconds ? $"--maker-close-timeout must be more than 0 and at most {MaxWaitSeconds} seconds (got {makerTimeout})"
            : maxAdverse <= 0 ? $"--max-adverse-bps must be greater than 0 (got {maxAdverse})"
            : tacticFlag is not null && (twoSided || hedged ? "maker-first" : close) != tacticNeeds && !closePerRun ? $"{tacticFlag} only applies to --close {tacticNeeds}"
            : close is not null && !boost ? $"--close {close} can only be used with --boost mode."
            : useIoc && !boost ? "--use-ioc can only be used with --boost mode."
            : parse.GetValue(flags.MaxCycles) is <= 0 ? "--max-cycles must be greater than 0"
            : parse.GetValue(flags.TargetVolume) is <= 0 ? "--target-volume must be greater than 0 USDT"
            : parse.GetValue(flags.MaxLoss) is <= 0 ? "--max-loss must be greater than 0 USDT"
            : parse.GetValue(flags.LiveData) && !parse.GetValue(flags.Paper) ? "--live-data can only be used with --paper"
            : parse.GetValue(flags.Record) is not null && !parse.GetValue(flags.LiveData) ? "--record can only be used with --paper --live-data"
            : null;
        if (error is not null)
        {
            return Fail(error);
        }

        var envError = DotEnvFile.LoadFlagOrDefault(parse.GetValue(flags.EnvFile));
        if (envError is not null)
        {
            return Fail(envError);
        }

        var zone = TimeZones.FromEnvironment();
        if (zone is null)
        {
            return Fail($"TIMEZONE {Environment.GetEnvironmentVariable("TIMEZONE")} is not a known time zone (e.g. Asia/Shanghai, UTC)");
        }

        var settings = new BotSettings
        {
            Venue = exchange,
            Ticker = ticker,
            Quantity = quantity,
            TakeProfitPercent = takeProfit,
            Direction = direction == "buy" ? Side.Buy : Side.Sell,
            MaxOrders = maxOrders,
            WaitTime = TimeSpan.FromTicks((long)decimal.Round(waitTime * TimeSpan.TicksPerSecond)),
            GridStepPercent = parse.GetValue(flags.GridStep),
            StopPrice = Enabled(parse.GetValue(flags.StopPrice)),
            PausePrice = Enabled(parse.GetValue(flags.PausePrice)),
            Boost = boost,
            UseIoc = useIoc || close == "ioc",
            CloseTactic = twoSided || hedged ? "maker-first" : close ?? (useIoc ? "ioc" : null),
            Strategy = hedged ? "hedge" : strategy,
            HedgeVenue = hedge,
            HoldTime = TimeSpan.FromTicks((long)decimal.Round(holdTime * TimeSpan.TicksPerSecond)),
            HedgeWith = parse.GetValue(flags.HedgeWith)!.Trim().ToLowerInvariant(),
            QuoteSpreadBps = parse.GetValue(flags.QuoteSpreadBps),
            RequoteBps = parse.GetValue(flags.RequoteBps),
            MaxPosition = maxPosition,
            MaxInventoryTime = TimeSpan.FromTicks((long)decimal.Round(inventoryTime * TimeSpan.TicksPerSecond)),
            IocLayers = layers!,
            MakerCloseTimeout = TimeSpan.FromTicks((long)decimal.Round(makerTimeout * TimeSpan.TicksPerSecond)),
            MaxAdverseBps = maxAdverse,
            IocToleranceBps = tolerance,
            MaxCycles = parse.GetValue(flags.MaxCycles),
            TargetVolume = parse.GetValue(flags.TargetVolume),
            MaxLoss = parse.GetValue(flags.MaxLoss),
        };
        var (orderClass, orderClassError) = OrderClassFlags.Read(parse, flags, exchange);
        if (orderClass is null)
        {
            return Fail(orderClassError!);
        }

        var (fees, feeError) = FeeProfile.Resolve(exchange, parse.GetValue(flags.FeeProfile) ?? (orderClass.Retail ? FeeProfile.ParadexRetail.Name : null), parse.GetValue(flags.MakerFeeBps), parse.GetValue(flags.TakerFeeBps));
        if (fees is null)
        {
            return Fail(feeError!);
        }

        settings = settings with { MakerFeeRate = fees.MakerRate, TakerFeeRate = fees.TakerRate, FeeProfile = fees.Profile }; // the --max-loss pre-check's rates
        FeeSchedule? hedgeFees = null;
        if (hedge is not null)
        {
            (hedgeFees, var hedgeFeeError) = FeeProfile.Resolve(hedge, parse.GetValue(flags.HedgeFeeProfile), parse.GetValue(flags.HedgeMakerFeeBps), parse.GetValue(flags.HedgeTakerFeeBps));
            if (hedgeFees is null)
            {
                return Fail(hedgeFeeError!.Replace("--fee-profile", "--hedge-fee-profile", StringComparison.Ordinal));
            }
        }

        if (OrderClassFlags.BudgetProblem(orderClass, settings) is { } budgetProblem)
        {
            return Fail(budgetProblem);
        }

        var (account, accountError) = AccountName.FromEnvironment();
        if (accountError is not null)
        {
            return Fail(accountError);
        }
        return (new RunOptions(
            settings,
            parse.GetValue(flags.Paper),
            parse.GetValue(flags.Seed) ?? 42,
            parse.GetValue(flags.LogDir)!,
            fees,
            account,
            zone,
            parse.GetValue(flags.NoLive),
            parse.GetValue(flags.LiveData),
            parse.GetValue(flags.Record)) { OrderClass = orderClass, HedgePaperFees = hedgeFees }, null);
    }

    /// <summary>--hedge-exchange and its flags: the other venue, its own strategy and unwind, and what it cannot combine with yet.</summary>
    private static string? HedgeProblem(ParseResult parse, BotFlags flags, string exchange, string? hedge, string? strategy)
    {
        var hedgeFlag = new Option[] { flags.HoldTime, flags.HedgeWith, flags.HedgeFeeProfile, flags.HedgeMakerFeeBps, flags.HedgeTakerFeeBps }.FirstOrDefault(o => Given(parse, o))?.Name;
        var hold = parse.GetValue(flags.HoldTime);
        var with = parse.GetValue(flags.HedgeWith)!.Trim().ToLowerInvariant();
        if (hedge is null)
        {
            return hedgeFlag is not null ? $"{hedgeFlag} only applies with --hedge-exchange"
                : strategy == "hedge" ? "--strategy hedge needs --hedge-exchange paradex or grvt (the venue the fills are hedged on)"
                : null;
        }

        return !Venues.Contains(hedge) ? $"--hedge-exchange {parse.GetValue(flags.HedgeExchange)} is not supported; allowed: {string.Join(", ", Venues)}"
            : hedge == exchange ? $"--hedge-exchange {hedge} is --exchange too: hedge on the other venue ({Venues.Single(v => v != exchange)})"
            : strategy is not (null or "hedge") ? $"--hedge-exchange farms by its own strategy: leave out --strategy {strategy}"
            : parse.GetValue(flags.Boost) ? "--hedge-exchange contradicts --boost: the hedged cycle holds both legs, then unwinds them maker-first"
            : parse.GetValue(flags.Close) is not null || parse.GetValue(flags.UseIoc) ? "--hedge-exchange unwinds both legs maker-first: leave out --close and --use-ioc (--hedge-with sets how fills are hedged)"
            : hold < 0 || hold > MaxWaitSeconds ? $"--hold-time must be 0 or more and at most {MaxWaitSeconds} seconds (got {hold})"
            : with is not ("ioc" or "maker-first") ? $"--hedge-with must be ioc or maker-first (got {parse.GetValue(flags.HedgeWith)})"
            : parse.GetValue(flags.MaxLoss) is not null ? "--max-loss counts the cost on --exchange only, not the hedge venue's: it does not combine with --hedge-exchange yet"
            : parse.GetValue(flags.Record) is not null ? "--record writes one venue's market data to one file: it does not combine with --hedge-exchange yet"
            : parse.GetValue(flags.OrderClass)?.Trim().ToLowerInvariant() is { } orderClass && orderClass != "pro" ? $"--order-class {orderClass} does not combine with --hedge-exchange yet"
            : null;
    }

    private static decimal? Enabled(decimal value) => value == -1m ? null : value;

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static (RunOptions?, string?) Fail(string message) => (null, message);
}
