using System.CommandLine;
using System.Diagnostics;
using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.Journal;
using VolumeBot.Cli.Logging;
using VolumeBot.Cli.Reports;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Simulation.Clock;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Runs;
using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Cli.Commands;

/// <summary>
/// `volumebot simulate`: the unchanged bot on the paper venue on a virtual clock, one run per close method on the same
/// seed and market path, compared by what the volume cost.
/// </summary>
public static class SimulateCommand
{
    public static IReadOnlyList<string> CloseMethods => CloseTactics.Names;

    public static Command Build() => Build(Console.Out, Console.Error);

    public static Command Build(TextWriter output, TextWriter error)
    {
        var flags = new BotFlags();
        var own = new SimulateFlags();
        var command = new Command("simulate", "Run the bot on the paper venue on a virtual clock (no waiting, repeatable by --seed) and compare close methods by cost");
        foreach (var option in flags.Trading.Concat(own.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async parse =>
        {
            var (plan, problem) = Plan(parse, flags, own);
            if (plan is null)
            {
                await error.WriteLineAsync($"Error: {problem}");
                return BotRunner.Failed;
            }

            var json = parse.GetValue(own.Json);
            if (!json)
            {
                await output.WriteLineAsync(SimulationTable.Header(plan));
            }

            var wall = Stopwatch.StartNew();
            var results = new List<SimulationResult>();
            foreach (var request in plan.Requests)
            {
                try
                {
                    results.Add(RunOne(request, plan));
                }
                catch (BotStartupException startup)
                {
                    await error.WriteLineAsync($"Error: {startup.Message}");
                    return BotRunner.Failed;
                }
            }

            await output.WriteLineAsync(json ? SimulationJson.Write(results) : SimulationTable.Render(results, wall.Elapsed));
            return results.Any(r => r.Outcome.NeedsAttention) ? BotRunner.Failed : BotRunner.Ok;
        });
        return command;
    }

    private static SimulationResult RunOne(SimulationRequest request, SimulationPlan plan)
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        if (plan.LogDirectory is not { } directory)
        {
            return Simulator.Run(request, clock);
        }

        Directory.CreateDirectory(directory);
        var account = plan.Requests.Count > 1 ? string.Join("_", new[] { plan.AccountName, request.Label }.Where(p => !string.IsNullOrEmpty(p))) : plan.AccountName;
        var files = RunFiles.For(directory, request.Settings.Venue, request.Settings.Ticker, account);
        using var logger = ActivityLogFactory.Create(files.ActivityLog, request.Settings.Label, plan.TimeZone, new NoConsole(), clock);
        using var journal = new CsvTradeJournal(files.TradesCsv, plan.TimeZone);
        new ActivityLog(logger).Info($"Simulation '{request.Label}' on a virtual clock: {SimulationTable.Header(plan)}");
        if (request.Hedge is not { } hedge)
        {
            return Simulator.Run(request with { Logger = logger, Journal = journal }, clock);
        }

        // the hedge venue keeps its own log and trades CSV, as in a live run
        var hedgeFiles = RunFiles.For(directory, hedge.Venue, request.Settings.Ticker, account);
        using var hedgeLogger = ActivityLogFactory.Create(hedgeFiles.ActivityLog, $"{hedge.Venue.ToUpperInvariant()}_{request.Settings.Ticker}", plan.TimeZone, new NoConsole(), clock);
        using var hedgeJournal = new CsvTradeJournal(hedgeFiles.TradesCsv, plan.TimeZone);
        return Simulator.Run(request with { Logger = logger, Journal = journal, Hedge = hedge with { Logger = hedgeLogger, Journal = hedgeJournal } }, clock);
    }

    private static (SimulationPlan? Plan, string? Problem) Plan(ParseResult parse, BotFlags flags, SimulateFlags own)
    {
        var compare = parse.GetValue(own.Compare);
        if (compare is not null && (parse.GetValue(flags.Close) is not null || parse.GetValue(flags.UseIoc)))
        {
            return (null, "--compare sets the close method of each run: leave out --close and --use-ioc");
        }

        if (compare is not null && parse.GetValue(flags.HedgeExchange) is not null)
        {
            return (null, "--compare runs one venue's close methods: it does not combine with --hedge-exchange");
        }

        var (options, error) = SettingsBuilder.Build(parse, flags, closePerRun: compare is not null);
        if (options is null)
        {
            return (null, error);
        }

        var cycles = parse.GetValue(own.Cycles);
        if (cycles <= 0)
        {
            return (null, $"--cycles must be greater than 0 (got {cycles})");
        }

        var settings = options.Settings with { MaxCycles = cycles };
        var runs = new List<(string Label, BotSettings Settings)>();
        if (compare is not null)
        {
            foreach (var label in compare.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()))
            {
                if (!CloseMethods.Contains(label))
                {
                    return (null, $"--compare takes close methods as --close does ({string.Join(", ", CloseMethods)}); got '{label}'");
                }

                if (runs.Any(r => r.Label == label))
                {
                    return (null, $"--compare names {label} twice");
                }

                runs.Add((label, settings with { Boost = true, UseIoc = label == "ioc", CloseTactic = label }));
            }

            if (runs.Count == 0)
            {
                return (null, "--compare needs at least one close method, e.g. market,ioc");
            }
        }
        else
        {
            runs.Add((settings.StrategyName switch { "boost" => settings.CloseTacticName, "normal" => "take-profit", "hedge" => $"hedge-{settings.HedgeVenue}", var strategy => strategy }, settings));
        }

        if (settings.HedgeVenue is not null && parse.GetValue(own.Tape) is not null)
        {
            return (null, "--tape replays one venue's market: it does not combine with --hedge-exchange");
        }

        MarketModelOptions? market = null;
        MarketTape? tape = null;
        if (parse.GetValue(own.Tape) is { } tapeFile)
        {
            (tape, var tapeError) = RecordedMarket.Load(tapeFile, settings.Ticker, parse.GetValue(own.MarketFile) is not null || parse.GetValue(own.Volatility) is not null);
            if (tape is null)
            {
                return (null, tapeError);
            }
        }
        else
        {
            (market, var marketError) = SimulatedMarket.Load(settings.Venue, settings.Ticker, parse.GetValue(own.MarketFile), parse.GetValue(own.Volatility));
            if (market is null)
            {
                return (null, marketError);
            }
        }

        HedgeSimulation? hedgeRun = null;
        if (settings.HedgeVenue is { } hedgeVenue)
        {
            var (hedgeMarket, hedgeError) = SimulatedMarket.Load(hedgeVenue, settings.Ticker, parse.GetValue(own.MarketFile), parse.GetValue(own.Volatility));
            if (hedgeMarket is null)
            {
                return (null, hedgeError);
            }

            hedgeRun = new HedgeSimulation(hedgeVenue, hedgeMarket, HedgeSetup.Fees(options));
        }

        var orderClass = options.OrderClass;
        var requests = runs.Select(r => new SimulationRequest
        {
            Label = r.Label, Settings = r.Settings, Market = market, Tape = tape, Fees = options.PaperFees, Seed = options.Seed, Hedge = hedgeRun,
            Timings = orderClass.Timings(),
            OrderBudget = orderClass.Retail ? clock => orderClass.OpenBudget(r.Settings, null, clock)! : null,
        }).ToList();
        return (new SimulationPlan(requests, options.Seed, cycles, parse.GetValue(own.LogDir), options.AccountName, options.TimeZone), null);
    }
}

/// <summary>A simulation writes its lines to the log file only: the console gets the comparison.</summary>
internal sealed class NoConsole : Serilog.Core.ILogEventSink
{
    public void Emit(Serilog.Events.LogEvent logEvent)
    {
    }
}

/// <summary>The runs `simulate` was asked for, and where their logs go.</summary>
public sealed record SimulationPlan(
    IReadOnlyList<SimulationRequest> Requests,
    int Seed,
    int Cycles,
    string? LogDirectory,
    string? AccountName,
    TimeZoneInfo TimeZone);
