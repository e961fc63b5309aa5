using System.CommandLine;
using System.Text.Json;
using VolumeBot.Cli.Commands;

namespace VolumeBot.Cli.Tests;

/// <summary>Issue 13: --order-class and its budget flags, and what simulate and estimate make of a Retail run.</summary>
public class RetailOrderClassTests
{
    [Fact]
    public void Retail_takes_the_retail_fee_profile_and_the_default_budget()
    {
        var options = Build("--paper", "--boost", "--order-class", "retail").Options!;

        Assert.True(options.OrderClass.Retail);
        Assert.Equal((0m, 0m, "paradex-retail"), (options.PaperFees.MakerRate, options.PaperFees.TakerRate, options.PaperFees.Profile));
        Assert.Equal((0.05m, null, 2), (options.OrderClass.Margin, options.OrderClass.OrdersPerDay, options.OrderClass.MaxReprices));
        Assert.Equal(3, options.OrderClass.Timings().PostOnlyAttempts); // the first try and two re-prices
        Assert.Equal(TimeSpan.FromSeconds(5), options.OrderClass.Timings().TouchCheckInterval); // a re-price spends budget
        Assert.False(Build("--paper").Options!.OrderClass.Retail);
        Assert.Equal(20, Build("--paper").Options!.OrderClass.Timings().PostOnlyAttempts);
    }

    [Theory]
    [InlineData("--order-class retail is a Paradex order class (an interactive token); grvt has none: leave the flag out or use --exchange paradex", "--exchange", "grvt", "--order-class", "retail")]
    [InlineData("--order-class must be pro or retail (got vip)", "--order-class", "vip")]
    [InlineData("--budget-margin can only be used with --order-class retail", "--budget-margin", "10")]
    [InlineData("--orders-per-day must be from 1 to 1000, the Retail limit per 24 h (got 2000)", "--order-class", "retail", "--orders-per-day", "2000")]
    [InlineData("--budget-margin must be a percent from 0 to below 100 (got 100)", "--order-class", "retail", "--budget-margin", "100")]
    [InlineData("--max-reprices must be 0 or more (got -1)", "--order-class", "retail", "--max-reprices", "-1")]
    public void Bad_order_class_flags_are_one_clear_line(string error, params string[] args) =>
        Assert.Equal(error, Build(["--paper", "--boost", .. args]).Error);

    [Fact]
    public void A_daily_budget_smaller_than_one_cycle_is_refused_before_the_run()
    {
        var error = Build("--paper", "--boost", "--use-ioc", "--order-class", "retail", "--orders-per-day", "5").Error;

        Assert.Equal("--order-class retail: one cycle can take up to 12 orders, more than the 5 the budget allows per 24 h (Paradex Retail less 5 %, 5 orders a day spread evenly: 2 per 1 s, 13 per 60 s, 13 per 1 h, 5 per 24 h): raise --orders-per-day or lower --budget-margin or --max-reprices", error);
    }

    [Theory]
    [InlineData("--close", "maker-first")]
    [InlineData("--strategy", "two-sided")]
    public void Maker_orders_that_re_price_without_bound_are_refused_in_retail(string flag, string value)
    {
        var error = Build(flag == "--close" ? ["--paper", "--boost", "--order-class", "retail", flag, value] : ["--paper", "--order-class", "retail", flag, value]).Error;

        Assert.Equal($"--order-class retail: {flag} {value} re-prices its maker orders as the market moves, so no order budget can bound a cycle, and on 0 % fees it saves nothing: use --close market, ioc or layered-ioc, or normal mode", error);
    }

    [Fact]
    public void A_layered_ioc_cycle_counts_each_layer_in_its_worst_case()
    {
        var ioc = Build("--paper", "--boost", "--use-ioc", "--order-class", "retail").Options!;
        var layered = Build("--paper", "--boost", "--close", "layered-ioc", "--ioc-layers", "30%@1,50%@3,70%@5", "--order-class", "retail").Options!;

        Assert.Equal(12, ioc.OrderClass.CycleWorstCase(ioc.Settings));
        Assert.Equal(14, layered.OrderClass.CycleWorstCase(layered.Settings));
    }

    [Fact]
    public async Task Simulate_retail_pays_no_fee_and_keeps_every_window_of_a_small_daily_budget()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SimulateCommand.Build(output, error)
            .Parse(["--exchange", "paradex", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--order-class", "retail", "--orders-per-day", "100", "--wait-time", "0", "--cycles", "60", "--json"])
            .InvokeAsync();

        Assert.True(exit == 0, error.ToString());
        var run = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("runs")[0];
        Assert.Equal(60, run.GetProperty("cycles").GetInt32());
        Assert.Equal((0m, 0m), (run.GetProperty("makerFees").GetDecimal(), run.GetProperty("takerFees").GetDecimal()));
        Assert.InRange(run.GetProperty("maxOrdersPer24h").GetInt32(), 1, 100);
        Assert.InRange(run.GetProperty("maxOrdersPerHour").GetInt32(), 1, 5 + 12); // 100 a day spread: an hour's share and one cycle's worst case
        Assert.True(run.GetProperty("simulatedSeconds").GetDecimal() > 86_400m, "more than a day's budget takes more than a day");
        var perOrder = run.GetProperty("quoteVolume").GetDecimal() / run.GetProperty("orders").GetInt32();
        Assert.Equal(decimal.Round(perOrder * run.GetProperty("maxOrdersPer24h").GetInt32(), 2), run.GetProperty("volumePerDay").GetDecimal());
    }

    [Fact]
    public async Task Estimate_retail_gives_the_budget_limited_day_in_json()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await EstimateCommand.Build(output, error)
            .Parse(["--exchange", "paradex", "--ticker", "BTC", "--paper", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "0", "--use-ioc", "--order-class", "retail", "--orders-per-day", "100", "--json"])
            .InvokeAsync();

        Assert.True(exit == 0, error.ToString());
        var plan = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("retail", plan.GetProperty("orderClass").GetString());
        Assert.Equal((0m, 0m), (plan.GetProperty("makerFees").GetDecimal(), plan.GetProperty("takerFees").GetDecimal()));
        Assert.InRange(plan.GetProperty("maxOrdersPer24h").GetInt32(), 90, 100);
        Assert.InRange(plan.GetProperty("maxOrdersPerHour").GetInt32(), 1, 5 + 12);
        Assert.InRange(plan.GetProperty("maxOrdersPerMinute").GetInt32(), 1, 1 + 12);
        var roundsPerDay = plan.GetProperty("roundsPerDay").GetDecimal();
        Assert.InRange(roundsPerDay, 30m, 50m); // about 100 orders at two and a bit a round
        Assert.True(plan.GetProperty("durationSeconds").GetDecimal() >= 50 / roundsPerDay * 86_400m - 1, "50 rounds at the budget's pace");
    }

    private static (Cli.Configuration.RunOptions? Options, string? Error) Build(params string[] args)
    {
        var flags = new BotFlags();
        var root = new RootCommand();
        foreach (var option in flags.All)
        {
            root.Options.Add(option);
        }

        return SettingsBuilder.Build(root.Parse(args), flags);
    }
}
