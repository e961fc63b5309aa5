using System.Text.Json;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests;

/// <summary>`volumebot simulate`: the bot on a virtual clock, judged by the table and JSON a trader reads.</summary>
public class SimulateCommandTests
{
    private static readonly string[] RunFields =
    [
        "label", "cycles", "fills", "quoteVolume", "makerFees", "takerFees", "slippage", "totalCost", "costBps",
        "allInCostBps", "takerShare", "simulatedSeconds", "volumePerHour", "volumePerDay", "orders", "maxOrdersPer24h", "maxOrdersPerHour", "maxOrdersPerMinute", "maxAbsPosition",
    ];

    private static async Task<(int Exit, string Output, string Error)> SimulateAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = SimulateCommand.Build(output, error);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        var exit = await parse.InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_has_one_run_per_compared_close_method_with_exactly_the_documented_fields()
    {
        var (exit, output, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--wait-time", "1", "--compare", "market,ioc", "--cycles", "50", "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(["runs"], document.RootElement.EnumerateObject().Select(p => p.Name));
        var runs = document.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["market", "ioc"], runs.Select(r => r.GetProperty("label").GetString()));
        foreach (var run in runs)
        {
            Assert.Equal(RunFields, run.EnumerateObject().Select(p => p.Name));
            Assert.All(run.EnumerateObject().Skip(1), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
            Assert.Equal(50, run.GetProperty("cycles").GetInt32());
            Assert.True(run.GetProperty("orders").GetInt32() >= 100);
            Assert.True(run.GetProperty("simulatedSeconds").GetDecimal() >= 50m); // 50 pauses of 1 s at least
            var volume = run.GetProperty("quoteVolume").GetDecimal();
            var cost = run.GetProperty("totalCost").GetDecimal();
            Assert.Equal(decimal.Round(cost / volume * 10_000m, 2), decimal.Round(run.GetProperty("costBps").GetDecimal(), 2));
        }
    }

    [Fact]
    public async Task A_compared_ioc_run_closes_by_ioc_and_a_market_run_never_does()
    {
        var (exit, output, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--wait-time", "1", "--compare", "market,ioc", "--cycles", "30");
        Assert.True(exit == 0, error);
        var iocRow = output.Split('\n').Single(l => l.StartsWith("IOC full/partial/failed", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0/0/0", iocRow[^2]);
        var ioc = iocRow[^1].Split('/').Select(int.Parse).ToArray();
        Assert.Equal(30, ioc.Sum());
        Assert.Contains("fee profile", output, StringComparison.Ordinal);
        Assert.Contains("x real time", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_close_tactic_can_be_compared_and_maker_first_closes_as_a_maker()
    {
        var (exit, output, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--wait-time", "1", "--compare", "market,ioc,layered-ioc,maker-first", "--cycles", "40", "--maker-close-timeout", "5", "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var runs = document.RootElement.GetProperty("runs").EnumerateArray().ToDictionary(r => r.GetProperty("label").GetString()!);
        Assert.Equal(["market", "ioc", "layered-ioc", "maker-first"], runs.Keys);
        Assert.All(runs.Values, r => Assert.Equal(40, r.GetProperty("cycles").GetInt32()));
        Assert.Equal(0.5m, runs["market"].GetProperty("takerShare").GetDecimal());
        Assert.True(runs["maker-first"].GetProperty("takerShare").GetDecimal() < 0.25m, output);
        Assert.True(runs["maker-first"].GetProperty("costBps").GetDecimal() < runs["market"].GetProperty("costBps").GetDecimal(), output);
        Assert.True(runs["layered-ioc"].GetProperty("fills").GetInt32() > runs["ioc"].GetProperty("fills").GetInt32(), output);
    }

    [Fact]
    public async Task Log_dir_gets_the_activity_log_and_trades_csv_of_each_run_stamped_with_simulated_time()
    {
        var directory = Directory.CreateTempSubdirectory("volumebot-sim-").FullName;
        try
        {
            var (exit, _, error) = await SimulateAsync("--ticker", "BTC", "--quantity", "0.01", "--wait-time", "1", "--compare", "market,ioc", "--cycles", "5", "--log-dir", directory);
            Assert.True(exit == 0, error);
            foreach (var label in new[] { "market", "ioc" })
            {
                var csv = File.ReadAllLines(Path.Combine(directory, $"paradex_BTC_{label}_orders.csv"));
                Assert.True(csv.Length > 10, $"{csv.Length} lines");
                var log = File.ReadAllLines(Path.Combine(directory, $"paradex_BTC_{label}_activity.log"));
                Assert.Contains(log, l => l.Contains("Cycles: 5 ", StringComparison.Ordinal));
                // the virtual clock starts at 2026-01-01 00:00 UTC: 08:00 in the default Asia/Shanghai
                Assert.All(log, l => Assert.StartsWith("2026-01-01 08:", l, StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--compare market,fok", "--compare takes close methods")]
    [InlineData("--compare market,ioc --use-ioc", "leave out --close and --use-ioc")]
    [InlineData("--cycles 0", "--cycles must be greater than 0")]
    [InlineData("--close ioc", "--close ioc can only be used with --boost mode.")]
    [InlineData("--compare market,maker-first --max-adverse-bps 0", "--max-adverse-bps must be greater than 0 (got 0)")]
    public async Task Bad_simulate_input_gets_one_line_naming_the_flag(string args, string expected)
    {
        var (exit, _, error) = await SimulateAsync(["--ticker", "BTC", "--quantity", "0.01", .. args.Split(' ')]);
        Assert.Equal(1, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ticker_is_refused_with_the_known_ones_and_the_way_to_give_its_market()
    {
        var (exit, output, error) = await SimulateAsync("--ticker", "DOGE", "--quantity", "100", "--boost");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("there is no simulated market for DOGE; known: BTC, ETH, SOL; give another market's tick, sizes and price with --market-file FILE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_market_file_simulates_a_market_without_a_built_in_one()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, """
                { "Symbol": "DOGE-USD-PERP", "InitialMid": 0.2, "TickSize": 0.00001, "SizeIncrement": 1, "MinSize": 1,
                  "TopLevelSize": 200000, "TakerMeanSize": 20000, "TakerArrivalProbability": 0.2, "DailyVolatilityPercent": 5 }
                """);
            var (exit, output, error) = await SimulateAsync("--ticker", "DOGE", "--quantity", "100", "--boost", "--wait-time", "1", "--cycles", "20", "--market-file", file, "--json");
            Assert.True(exit == 0, error);
            using var document = JsonDocument.Parse(output);
            var run = document.RootElement.GetProperty("runs")[0];
            Assert.Equal(20, run.GetProperty("cycles").GetInt32());
            Assert.InRange(run.GetProperty("quoteVolume").GetDecimal(), 20 * 2 * 100 * 0.15m, 20 * 2 * 100 * 0.25m);

            await File.WriteAllTextAsync(file, """{ "Symbol": "X", "TickSize": 0 }""");
            var (badExit, _, badError) = await SimulateAsync("--ticker", "DOGE", "--quantity", "100", "--boost", "--market-file", file);
            Assert.Equal(1, badExit);
            Assert.Contains("TickSize must be greater than 0", badError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Volatility_overrides_the_built_in_market_and_changes_the_run()
    {
        string[] args = ["--ticker", "BTC", "--quantity", "0.01", "--boost", "--wait-time", "1", "--cycles", "50", "--json"];
        var (_, calm, _) = await SimulateAsync([.. args, "--volatility", "0"]);
        var (_, wild, _) = await SimulateAsync([.. args, "--volatility", "20"]);
        Assert.NotEqual(calm, wild);
        var (badExit, _, badError) = await SimulateAsync([.. args, "--volatility", "-1"]);
        Assert.Equal(1, badExit);
        Assert.Contains("--volatility must be 0 or more", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_flags_and_seed_give_byte_identical_json_from_the_real_program()
    {
        string[] args = ["simulate", "--exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--wait-time", "1", "--compare", "market,ioc", "--cycles", "200", "--seed", "11", "--json"];
        var (firstExit, first) = await VolumebotProcess.RunAsync(args);
        using var _ = first;
        var (secondExit, second) = await VolumebotProcess.RunAsync(args);
        using var __ = second;
        Assert.True(firstExit == 0 && secondExit == 0, first.Stderr + second.Stderr);
        Assert.Equal(first.Stdout, second.Stdout);
        var (otherExit, other) = await VolumebotProcess.RunAsync([.. args[..^3], "--seed", "12", "--json"]);
        using var ___ = other;
        Assert.Equal(0, otherExit);
        Assert.NotEqual(first.Stdout, other.Stdout);
        Assert.Contains("\"costBps\"", first.Stdout, StringComparison.Ordinal);
    }
}
