using System.Text.Json;
using VolumeBot.Cli.Commands;
using VolumeBot.Cli.Reports;

namespace VolumeBot.Cli.Tests.Reports;

public class EstimateTests
{
    [Fact]
    public void Strategy_document_example_needs_100_rounds_and_about_200_seconds()
    {
        // volume-boosting-strategies.md: BTC at 50,000, 0.01 per trade, 100,000 USDT target, wait 2 s -> 100 rounds, 100 x 2 s = 200 s
        var plan = RunPlanner.Plan(new RunPlanRequest("paradex", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.Market));

        Assert.Equal(100, plan.Rounds);
        Assert.Equal(1_000m, plan.VolumePerRound);
        Assert.Equal(200m, plan.WaitingSeconds);
        Assert.InRange(plan.DurationSeconds, 200m, 220m);
        Assert.Equal(1.5m, plan.MakerFees); // 50,000 USDT of opens at 0.3 bps
        Assert.Equal(22.5m, plan.TakerFees); // 50,000 USDT of closes at 4.5 bps
        Assert.Equal(2.0m, plan.Slippage); // the document's 2.0 USDT per 100,000 USDT
        Assert.Equal(26.0m, plan.TotalCost);
        Assert.Equal(2.6m, plan.CostBps);
        Assert.StartsWith("paradex-pro: maker 0.3 bps, taker 4.5 bps", plan.FeeProfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Grvt_opens_pay_the_level1_maker_fee_and_an_ioc_close_pays_taker()
    {
        var plan = RunPlanner.Plan(new RunPlanRequest("grvt", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.Ioc));

        Assert.Equal(13.5m, plan.MakerFees); // 50,000 USDT of opens at GRVT Level 1's 2.7 bps
        Assert.Equal(27.5m, plan.TakerFees);
        Assert.Equal(1.0m, plan.Slippage); // no simulation measured it: the assumed 0.1 bps of an IOC close
        Assert.StartsWith("assumed", plan.SlippageSource, StringComparison.Ordinal);
        Assert.StartsWith("grvt-level1: maker 2.7 bps", plan.FeeProfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strategy_documents_grvt_rebate_is_a_profile_of_its_own()
    {
        var plan = RunPlanner.Plan(new RunPlanRequest("grvt", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.Ioc, FeeProfileName: "grvt-doc"));

        Assert.Equal(-5.0m, plan.MakerFees);
        Assert.Equal(27.5m, plan.TakerFees);
        Assert.StartsWith("grvt-doc: maker -1 bps, taker 5.5 bps", plan.FeeProfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Take_profit_closes_pay_maker_and_custom_fees_are_named()
    {
        var plan = RunPlanner.Plan(new RunPlanRequest("paradex", 100m, "--price", 1m, 1_000m, 0m, PlannedClose.TakeProfit, MakerFeeBps: 1m, TakerFeeBps: 5m, FillSeconds: 0m));

        Assert.Equal(5, plan.Rounds);
        Assert.Equal(0.1m, plan.MakerFees);
        Assert.Equal(0m, plan.TakerFees);
        Assert.Equal(0m, plan.Slippage);
        Assert.Equal(0m, plan.DurationSeconds);
        Assert.StartsWith("custom", plan.FeeProfile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layered_ioc_close_pays_taker_on_every_leg_and_says_so()
    {
        var plan = RunPlanner.Plan(new RunPlanRequest("paradex", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.LayeredIoc));

        Assert.Equal(1.5m, plan.MakerFees);
        Assert.Equal(22.5m, plan.TakerFees);
        Assert.Equal(1.0m, plan.Slippage); // assumed as for an IOC close
        Assert.Equal("layered-ioc: IOCs at the layers 50%@1,70%@5 through the mid, then market; every close leg pays the taker fee", plan.CloseAssumption);
    }

    [Fact]
    public void A_maker_first_close_pays_maker_on_its_maker_share_and_taker_on_the_rest()
    {
        var assumed = RunPlanner.Plan(new RunPlanRequest("paradex", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.MakerFirst));
        var given = RunPlanner.Plan(new RunPlanRequest("paradex", 50_000m, "--price", 0.01m, 100_000m, 2m, PlannedClose.MakerFirst, MakerCloseShare: 0.8m, MakerCloseShareSource: "--maker-fill-share"));

        Assert.Equal(1.5m + 0.75m, assumed.MakerFees); // the opens, then half of 50,000 USDT of closes at 0.3 bps
        Assert.Equal(11.25m, assumed.TakerFees); // the other half at 4.5 bps
        Assert.Equal(0.5m, assumed.Slippage); // 0.1 bps on the taker half of the volume
        Assert.Equal("maker-first: 50% of the close volume fills as maker at the touch (assumed; no simulated market measured it); the rest by IOC, then market, at the taker fee", assumed.CloseAssumption);
        Assert.Equal(1.5m + 1.2m, given.MakerFees);
        Assert.Equal(4.5m, given.TakerFees);
        Assert.Contains("80% of the close volume fills as maker at the touch (--maker-fill-share)", given.CloseAssumption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_plans_layered_ioc_and_maker_first_closes_and_measures_the_maker_share()
    {
        var (exit, text) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--close", "layered-ioc");
        var (givenExit, given) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--close", "maker-first", "--maker-fill-share", "80", "--fill-time", "1", "--slippage-bps", "0");
        var (paperExit, json) = await RunAsync("--exchange", "paradex", "--paper", "--ticker", "BTC", "--quantity", "0.01", "--target-volume", "40000", "--wait-time", "1", "--close", "maker-first", "--json");
        var (wrongExit, wrong) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--close", "ioc", "--maker-fill-share", "80");

        Assert.Equal(0, exit);
        Assert.Contains("close by layered-ioc", text, StringComparison.Ordinal);
        Assert.Contains("Close assumption: layered-ioc: IOCs at the layers 50%@1,70%@5 through the mid, then market; every close leg pays the taker fee", text, StringComparison.Ordinal);
        Assert.Equal(0, givenExit);
        Assert.Contains("Close assumption: maker-first: 80% of the close volume fills as maker at the touch (--maker-fill-share)", given, StringComparison.Ordinal);
        Assert.Contains("Taker fees: 4.5000 USDT", given, StringComparison.Ordinal);
        Assert.Equal(0, paperExit);
        using var plan = JsonDocument.Parse(json);
        var share = plan.RootElement.GetProperty("makerCloseShare").GetDecimal();
        Assert.InRange(share, 0m, 1m);
        Assert.Equal("measured by a 50-cycle simulation on the simulated BTC market", plan.RootElement.GetProperty("makerCloseShareSource").GetString());
        Assert.Equal(1, wrongExit);
        Assert.Contains("--maker-fill-share is the share of a maker-first close", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_prints_the_plan_and_uses_the_paper_price_with_paper()
    {
        var (exit, text) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2");
        var (paperExit, json) = await RunAsync("--exchange", "grvt", "--paper", "--ticker", "BTC", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("Rounds needed: 100 ", text, StringComparison.Ordinal);
        Assert.Contains("100 rounds x 2 s wait = 200 s", text, StringComparison.Ordinal);
        Assert.Contains("Fee profile: paradex-pro: maker 0.3 bps, taker 4.5 bps", text, StringComparison.Ordinal);
        Assert.Contains("Maker fees: 1.5000 USDT", text, StringComparison.Ordinal);
        Assert.Contains("Taker fees: 22.5000 USDT", text, StringComparison.Ordinal);
        // slippage from the same short simulation as the fill time, not from a document the trader does not have
        Assert.Matches(@"Expected slippage: -?\d+\.\d{4} USDT \(-?[\d.]+ bps of volume; measured by a 50-cycle simulation on the simulated ETH market\)", text);
        Assert.DoesNotContain("document", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, paperExit);
        using var plan = JsonDocument.Parse(json);
        Assert.Equal(100_000m, plan.RootElement.GetProperty("price").GetDecimal());
        Assert.Equal(50, plan.RootElement.GetProperty("rounds").GetInt32());
    }

    [Fact]
    public async Task Takes_the_bots_own_boost_and_use_ioc_flags()
    {
        var (exit, text) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--boost", "--use-ioc");
        var (clashExit, clash) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--use-ioc", "--close", "market");
        var (tpExit, tp) = await RunAsync("--exchange", "paradex", "--price", "50000", "--quantity", "0.01", "--target-volume", "100000", "--wait-time", "2", "--boost", "--close", "take-profit");

        Assert.Equal(0, exit);
        Assert.Contains("close by ioc", text, StringComparison.Ordinal);
        Assert.Equal(1, clashExit);
        Assert.Contains("--use-ioc means --close ioc", clash, StringComparison.Ordinal);
        Assert.Equal(1, tpExit);
        Assert.Contains("--boost closes at once", tp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fill_time_is_measured_by_a_short_simulation_of_the_ticker_unless_given()
    {
        var (exit, text) = await RunAsync("--exchange", "paradex", "--paper", "--ticker", "BTC", "--quantity", "0.01", "--target-volume", "40000", "--wait-time", "1", "--close", "ioc", "--json");
        Assert.Equal(0, exit);
        using var plan = JsonDocument.Parse(text);
        Assert.Equal("measured by a 50-cycle simulation on the simulated BTC market", plan.RootElement.GetProperty("fillSource").GetString());
        // a post-only open waits for the market to come to it: a round takes far longer than the old 0.1 s guess
        Assert.True(plan.RootElement.GetProperty("fillSecondsPerRound").GetDecimal() > 0.3m, text);

        var (givenExit, given) = await RunAsync("--exchange", "paradex", "--paper", "--ticker", "BTC", "--quantity", "0.01", "--target-volume", "40000", "--wait-time", "1", "--fill-time", "0.5");
        Assert.Equal(0, givenExit);
        Assert.Contains("plus 0.5 s per round to fill the open and the close (--fill-time)", given, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quantity_the_market_refuses_is_refused_by_the_estimate_as_by_the_bot()
    {
        var error = new StringWriter();
        var exit = await EstimateCommand.Build(new StringWriter(), error)
            .Parse(["--exchange", "paradex", "--paper", "--ticker", "BTC", "--quantity", "0.0105", "--target-volume", "4000", "--wait-time", "1"]).InvokeAsync();
        Assert.Equal(1, exit);
        Assert.Contains("--quantity 0.0105 is not a multiple of BTC-USD-PERP's size increment 0.001", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quantity", "0.01", "--target-volume", "1000", "--wait-time", "1")]
    [InlineData("--price", "1", "--paper", "--quantity", "0.01", "--target-volume", "1000", "--wait-time", "1")]
    [InlineData("--price", "1", "--quantity", "0.01", "--target-volume", "1000", "--wait-time", "1", "--close", "limit")]
    [InlineData("--price", "1", "--quantity", "0", "--target-volume", "1000", "--wait-time", "1")]
    [InlineData("--price", "1", "--quantity", "0.01", "--target-volume", "1000", "--wait-time", "1", "--fee-profile", "grvt-level1")]
    public async Task Incomplete_or_wrong_plans_are_refused_with_a_message(params string[] args)
    {
        var error = new StringWriter();
        var exit = await EstimateCommand.Build(new StringWriter(), error).Parse(args).InvokeAsync();

        Assert.Equal(1, exit);
        Assert.StartsWith("Error: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ETH", "0.0105", "--quantity 0.0105 is not a multiple of ETH-USD-PERP's size increment 0.01")]
    [InlineData("BTC", "0.0105", "--quantity 0.0105 is not a multiple of BTC-USD-PERP's size increment 0.001")]
    [InlineData("SOL", "0.05", "--quantity 0.05 is not a multiple of SOL-USD-PERP's size increment 0.1")]
    public async Task A_quantity_the_bot_would_refuse_is_refused_with_the_bots_message(string ticker, string quantity, string message)
    {
        var error = new StringWriter();
        var exit = await EstimateCommand.Build(new StringWriter(), error)
            .Parse(["--ticker", ticker, "--price", "100", "--quantity", quantity, "--target-volume", "1000", "--wait-time", "1"]).InvokeAsync();
        Assert.Equal(1, exit);
        Assert.Equal($"Error: {message}", error.ToString().Trim());
    }

    [Fact]
    public async Task The_bot_refuses_the_same_quantity_with_the_same_message()
    {
        var (exit, run) = await VolumebotProcess.RunAsync(["--exchange", "paradex", "--ticker", "ETH", "--quantity", "0.0105", "--paper", "--max-cycles", "1", "--no-live"]);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains("--quantity 0.0105 is not a multiple of ETH-USD-PERP's size increment 0.01", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await EstimateCommand.Build(output, error).Parse(args).InvokeAsync();
        return (exit, output.ToString() + error);
    }
}
