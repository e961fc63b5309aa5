using System.Globalization;
using System.Text.Json;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests;

/// <summary>--hedge-exchange on the command line: its flags, simulate's two linked venues, and a paper run of the built program.</summary>
public class HedgedFarmingTests
{
    private static (Cli.Configuration.RunOptions? Options, string? Error) Build(params string[] args) => SettingsBuilderTests.Build(args);

    [Fact]
    public void Hedge_exchange_sets_the_hedge_strategy_with_a_maker_first_unwind_and_the_defaults()
    {
        var (options, error) = Build("--paper", "--exchange", "paradex", "--hedge-exchange", "GRVT", "--ticker", "BTC", "--quantity", "0.01");
        Assert.Null(error);
        var s = options!.Settings;
        Assert.Equal(("hedge", "grvt", "maker-first", TimeSpan.FromSeconds(60), "ioc"), (s.StrategyName, s.HedgeVenue, s.CloseTacticName, s.HoldTime, s.HedgeWith));
        var custom = Build("--paper", "--exchange", "grvt", "--hedge-exchange", "paradex", "--hold-time", "2.5", "--hedge-with", "maker-first", "--maker-close-timeout", "3").Options!.Settings;
        Assert.Equal((TimeSpan.FromSeconds(2.5), "maker-first", TimeSpan.FromSeconds(3)), (custom.HoldTime, custom.HedgeWith, custom.MakerCloseTimeout));
    }

    [Theory]
    [InlineData("--hedge-exchange paradex", "--hedge-exchange paradex is --exchange too: hedge on the other venue (grvt)")]
    [InlineData("--hedge-exchange edgex", "--hedge-exchange edgex is not supported; allowed: paradex, grvt")]
    [InlineData("--hedge-exchange grvt --strategy two-sided", "--hedge-exchange farms by its own strategy: leave out --strategy two-sided")]
    [InlineData("--hedge-exchange grvt --boost", "--hedge-exchange contradicts --boost: the hedged cycle holds both legs, then unwinds them maker-first")]
    [InlineData("--hedge-exchange grvt --close ioc", "--hedge-exchange unwinds both legs maker-first: leave out --close and --use-ioc (--hedge-with sets how fills are hedged)")]
    [InlineData("--hedge-exchange grvt --hold-time -1", "--hold-time must be 0 or more and at most 86400 seconds (got -1)")]
    [InlineData("--hedge-exchange grvt --hedge-with fok", "--hedge-with must be ioc or maker-first (got fok)")]
    [InlineData("--hold-time 5", "--hold-time only applies with --hedge-exchange")]
    [InlineData("--hedge-with maker-first", "--hedge-with only applies with --hedge-exchange")]
    [InlineData("--strategy hedge", "--strategy hedge needs --hedge-exchange paradex or grvt (the venue the fills are hedged on)")]
    [InlineData("--hedge-exchange grvt --max-loss 5", "--max-loss counts the cost on --exchange only, not the hedge venue's: it does not combine with --hedge-exchange yet")]
    [InlineData("--hedge-exchange grvt --live-data --record tape.jsonl", "--record writes one venue's market data to one file: it does not combine with --hedge-exchange yet")]
    [InlineData("--hedge-exchange grvt --order-class retail", "--order-class retail does not combine with --hedge-exchange yet")]
    [InlineData("--hedge-maker-fee-bps 1", "--hedge-maker-fee-bps only applies with --hedge-exchange")]
    [InlineData("--hedge-fee-profile grvt-doc", "--hedge-fee-profile only applies with --hedge-exchange")]
    [InlineData("--hedge-exchange grvt --hedge-fee-profile paradex-pro", "--hedge-fee-profile paradex-pro is not a grvt fee profile; known: grvt-level1, grvt-doc")]
    public void Wrong_hedge_flags_are_one_clear_line(string args, string message)
    {
        var (options, error) = Build(["--paper", .. args.Split(' ')]);
        Assert.Null(options);
        Assert.Equal(message, error);
    }

    [Fact]
    public void The_hedge_venue_has_its_own_paper_fees_its_venues_profile_unless_its_own_flags_say_otherwise()
    {
        var fees = Build("--paper", "--exchange", "paradex", "--hedge-exchange", "grvt", "--maker-fee-bps", "0").Options!;
        Assert.Equal((0m, 4.5m), (fees.PaperFees.MakerBps, fees.PaperFees.TakerBps)); // the runner's venue's flags
        Assert.Equal(("grvt-level1", 2.7m, 5.5m), (fees.HedgePaperFees!.Profile, fees.HedgePaperFees.MakerBps, fees.HedgePaperFees.TakerBps));
        var profile = Build("--paper", "--exchange", "paradex", "--hedge-exchange", "grvt", "--hedge-fee-profile", "grvt-doc").Options!.HedgePaperFees!;
        Assert.Equal(("grvt-doc", -1m, 5.5m), (profile.Profile, profile.MakerBps, profile.TakerBps));
        var custom = Build("--paper", "--exchange", "grvt", "--hedge-exchange", "paradex", "--hedge-maker-fee-bps", "-0.5", "--hedge-taker-fee-bps", "3").Options!.HedgePaperFees!;
        Assert.Equal((-0.5m, 3m), (custom.MakerBps, custom.TakerBps));
        Assert.Null(Build("--paper", "--exchange", "paradex").Options!.HedgePaperFees);
    }

    [Fact]
    public async Task Simulate_charges_the_hedge_venue_by_its_own_fee_flags()
    {
        async Task<List<JsonElement>> Venues(params string[] fees)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await SimulateCommand.Build(output, error).Parse(["--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--cycles", "5", "--json", .. fees]).InvokeAsync();
            Assert.True(exit == 0, error.ToString());
            using var document = JsonDocument.Parse(output.ToString());
            return document.RootElement.GetProperty("runs")[0].GetProperty("venues").EnumerateArray().Select(v => v.Clone()).ToList();
        }

        var standard = await Venues();
        var free = await Venues("--hedge-maker-fee-bps", "0", "--hedge-taker-fee-bps", "0");
        decimal Cost(List<JsonElement> venues, int i) => venues[i].GetProperty("costBps").GetDecimal();

        Assert.Equal(Cost(standard, 0), Cost(free, 0)); // the runner's venue keeps its own fees
        Assert.True(Cost(free, 1) < Cost(standard, 1) - 2.5m, $"grvt {Cost(standard, 1)} bps by grvt-level1, {Cost(free, 1)} bps without fees");
    }

    [Fact]
    public async Task Simulate_reports_both_venues_and_a_net_position_never_above_the_quantity()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = SimulateCommand.Build(output, error).Parse(["--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--cycles", "20", "--json"]);
        Assert.Empty(parse.Errors);
        var exit = await parse.InvokeAsync();

        Assert.True(exit == 0, error.ToString());
        using var document = JsonDocument.Parse(output.ToString());
        var run = document.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal("hedge-grvt", run.GetProperty("label").GetString());
        Assert.Equal(20, run.GetProperty("cycles").GetInt32());
        var venues = run.GetProperty("venues").EnumerateArray().ToList();
        Assert.Equal(["paradex", "grvt"], venues.Select(v => v.GetProperty("venue").GetString()));
        Assert.All(venues, v => Assert.Equal(["venue", "quoteVolume", "costBps", "allInCostBps"], v.EnumerateObject().Select(p => p.Name)));
        Assert.All(venues, v => Assert.True(v.GetProperty("quoteVolume").GetDecimal() > 20 * 2 * 0.01m * 50_000m));
        var net = run.GetProperty("maxAbsNetPosition").GetDecimal();
        Assert.InRange(net, 0.001m, 0.01m);
        Assert.InRange(run.GetProperty("longestNetExposureSeconds").GetDecimal(), 0.001m, 1m); // each unwind fill is followed at once
        Assert.True(run.GetProperty("netExposedSeconds").GetDecimal() >= run.GetProperty("longestNetExposureSeconds").GetDecimal());
        Assert.True(run.GetProperty("simulatedSeconds").GetDecimal() >= 20 * 60m); // each cycle holds --hold-time 60 s
    }

    [Fact]
    public async Task The_simulate_table_adds_a_line_with_each_venues_volume_and_cost_and_the_net_position()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SimulateCommand.Build(output, error).Parse(["--exchange", "grvt", "--hedge-exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--cycles", "5"]).InvokeAsync();

        Assert.True(exit == 0, error.ToString());
        Assert.Matches(@"hedge-paradex: grvt volume [\d.]+ USDT, cost -?[\d.]+ bps \(all-in -?[\d.]+\); paradex volume [\d.]+ USDT, cost -?[\d.]+ bps \(all-in -?[\d.]+\); combined [\d.]+ USDT at -?[\d.]+ bps; max \|net position\| 0\.0\d+, net exposed [\d.]+ s \(longest [\d.]+ s\)", output.ToString());
    }

    [Fact]
    public async Task A_paper_run_hedges_on_the_other_venue_with_its_own_csv_and_log_and_ends_flat_on_both()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(
            ["--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--hold-time", "1", "--maker-close-timeout", "2", "--paper", "--max-cycles", "2", "--no-live"],
            timeoutSeconds: 150);
        using var _ = run;

        Assert.True(exit == 0, run.Stdout + run.Stderr);
        Assert.Contains("Cycles: 2 ", run.Stdout, StringComparison.Ordinal);
        var logs = Path.Combine(run.WorkingDirectory, "logs");
        var primary = Rows(Path.Combine(logs, "paradex_BTC_orders.csv"));
        var hedge = Rows(Path.Combine(logs, "grvt_BTC_orders.csv"));
        Assert.Equal(0m, Net(primary));
        Assert.Equal(0m, Net(hedge));
        Assert.All(primary.Where(r => r["Side"] == "buy"), r => Assert.Equal("MAKER", r["LiquidityRole"])); // the opens rest post-only
        Assert.Equal(0.02m, hedge.Where(r => r["Side"] == "sell").Sum(r => D(r["Quantity"]))); // every open fill hedged by a sell on grvt
        var hedgeLog = File.ReadAllLines(Path.Combine(logs, "grvt_BTC_activity.log"));
        Assert.Contains(hedgeLog, l => l.Contains("[GRVT_BTC] [HEDGE] Cycle 1: hedging", StringComparison.Ordinal));
        Assert.Contains(hedgeLog, l => l.Contains("=== Run summary ===", StringComparison.Ordinal));
        Assert.Contains("Hedge venue grvt paper fees: fee profile grvt-level1: maker 2.7 bps, taker 5.5 bps", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\[HEDGE\] paradex: volume [\d.]+ USDT, cost -?[\d.]+ bps; grvt: volume [\d.]+ USDT, cost -?[\d.]+ bps; combined [\d.]+ USDT at -?[\d.]+ bps", run.Stdout);
    }

    private static decimal Net(List<Dictionary<string, string>> rows) => rows.Sum(r => (r["Side"] == "buy" ? 1 : -1) * D(r["Quantity"]));

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f => header.Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
