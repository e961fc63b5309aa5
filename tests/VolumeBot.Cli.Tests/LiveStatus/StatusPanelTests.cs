using Spectre.Console;
using VolumeBot.Cli.LiveStatus;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Tests.LiveStatus;

public class StatusPanelTests
{
    private static readonly RunSummary Summary = new(
        Cycles: 12, OpenOrders: 14, Fills: 24, BaseVolume: 0.24m, QuoteVolume: 24_000m, MakerFees: 0.072m, TakerFees: 5.4m,
        Slippage: 0.1m, TotalCost: 5.572m, CostBps: 2.3217m, IocFull: 10, IocPartial: 1, IocFailed: 1, MarketFallbacks: 2,
        EstimatedSavings: 0.01m, ReconcileCloses: 0, FailedCloses: 0, RunTime: TimeSpan.FromMinutes(10));

    [Fact]
    public void Status_block_shows_cycles_position_volume_cost_close_method_ioc_rate_and_time_to_target()
    {
        var status = new BotStatus(Summary, 0.01m, "ioc_success", 48_000m, null);
        var text = Render(StatusPanel.Render("PARADEX_BTC", status, ["line one", "[not markup]"]));

        Assert.Contains("PARADEX_BTC", text, StringComparison.Ordinal);
        Assert.Contains("12", text, StringComparison.Ordinal);
        Assert.Contains("24,000.00 USDT", text, StringComparison.Ordinal);
        Assert.Contains("5.5720 USDT (2.32 bps)", text, StringComparison.Ordinal);
        Assert.Contains("ioc_success", text, StringComparison.Ordinal);
        Assert.Contains("91.7%", text, StringComparison.Ordinal); // 11 of 12 IOC closes filled fully or partly
        Assert.Contains("00:10:00 to 48,000 USDT", text, StringComparison.Ordinal); // same pace again
        Assert.Contains("[not markup]", text, StringComparison.Ordinal);
    }

    private static string Render(Spectre.Console.Rendering.IRenderable renderable)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        console.Write(renderable);
        return writer.ToString();
    }
}
