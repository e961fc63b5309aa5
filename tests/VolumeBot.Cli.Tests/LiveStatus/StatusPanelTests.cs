using Spectre.Console;
using Spectre.Console.Testing;
using VolumeBot.Cli.Configuration;
using VolumeBot.Cli.LiveStatus;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Cli.Tests.LiveStatus;

public class StatusPanelTests
{
    private static readonly RunSummary Summary = new(
        Cycles: 12, OpenOrders: 14, Fills: 24, BaseVolume: 0.24m, QuoteVolume: 24_000m, MakerFees: 0.072m, TakerFees: 5.4m,
        Slippage: 0.1m, TotalCost: 5.572m, CostBps: 2.3217m, IocFull: 10, IocPartial: 1, IocFailed: 1, MarketFallbacks: 2,
        EstimatedSavings: 0.01m, ReconcileCloses: 0, FailedCloses: 0, RunTime: TimeSpan.FromMinutes(10));

    private static readonly BotStatus Status = new(Summary, 0.01m, "ioc_success", 48_000m, null);

    /// <summary>Activity-log lines as long as the real ones: each wraps to two rows at 80 columns.</summary>
    private static readonly string[] LongLogLines = Enumerable.Range(1, 12)
        .Select(i => $"2026-12-01 19:52:09.937 - INFO - [PARADEX_BTC] [CLOSE_IOC] Attempting IOC order: 0.01 @ 99988.4 (mid 99998.3) entry-{i}.")
        .ToArray();

    private static readonly string[] FigureRows = ["Cycles", "Position", "Volume", "Cost so far", "Last close", "IOC success", "Run time", "To target"];

    [Fact]
    public void Status_block_shows_cycles_position_volume_cost_close_method_ioc_rate_and_time_to_target()
    {
        var text = Render(StatusPanel.Render(Banner(paper: true), Status, ["line one", "[not markup]"]), 160, 50);

        Assert.Contains("12", text, StringComparison.Ordinal);
        Assert.Contains("24,000.00 USDT", text, StringComparison.Ordinal);
        Assert.Contains("5.5720 USDT (2.32 bps)", text, StringComparison.Ordinal);
        Assert.Contains("ioc_success", text, StringComparison.Ordinal);
        Assert.Contains("91.7%", text, StringComparison.Ordinal); // 11 of 12 IOC closes filled fully or partly
        Assert.Contains("00:10:00 to 48,000 USDT", text, StringComparison.Ordinal); // same pace again
        Assert.Contains("[not markup]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hedged_run_shows_each_venues_position_open_orders_volume_and_cost_and_the_net_exposure()
    {
        var hedgeSummary = Summary with { QuoteVolume = 12_000m, TotalCost = 4.92m, CostBps = 4.1m };
        var hedged = Status with { RestingOrders = 1, Hedge = new VenueStatus("grvt", hedgeSummary, -0.008m, 0) };

        var console = new TestConsole().Width(100).Height(30);
        console.Write(StatusPanel.Render(Banner(paper: true), hedged, []));
        var lines = console.Lines;

        Assert.Contains(lines, l => l.Contains("│ paradex", StringComparison.Ordinal) && l.Contains("position 0.01, 1 open order, 24,000.00 USDT, cost 5.5720 USDT (2.32 bps)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ grvt", StringComparison.Ordinal) && l.Contains("position -0.008, 0 open orders, 12,000.00 USDT, cost 4.9200 USDT (4.10 bps)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ Net exposure", StringComparison.Ordinal) && l.Contains("0.002 across both venues", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ Combined", StringComparison.Ordinal) && l.Contains("36,000.00 USDT, cost 10.4920 USDT (2.91 bps)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("│ Position", StringComparison.Ordinal)); // the runner's venue alone would mislead
    }

    [Fact]
    public void A_hedged_runs_time_to_target_counts_both_venues_volume_as_the_target_does()
    {
        // 24,000 USDT on each venue in 10 minutes: 48,000 of a 96,000 target, so 10 more minutes (30 if only the runner's counted)
        var hedged = Status with { TargetVolume = 96_000m, Hedge = new VenueStatus("grvt", Summary, -0.01m, 0) };

        var text = Render(StatusPanel.Render(Banner(paper: true), hedged, []), 160, 50);

        Assert.Contains("00:10:00 to 96,000 USDT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hedged_run_keeps_every_figure_on_an_80x24_terminal()
    {
        var hedged = Status with { RestingOrders = 2, Hedge = new VenueStatus("grvt", Summary, -0.01m, 1) };
        var console = new TestConsole().Width(80).Height(24);

        console.Write(StatusPanel.Render(Banner(paper: true), hedged, LongLogLines));

        Assert.True(console.Lines.Count < 24, console.Output);
        foreach (var row in new[] { "Cycles", "paradex", "grvt", "Net exposure", "Combined", "Last close", "Run time", "To target" })
        {
            Assert.Contains(console.Lines, line => line.Contains("│ " + row, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(90, 30)]
    [InlineData(120, 40)]
    public void Block_fits_the_terminal_with_every_figure_and_as_many_of_the_newest_log_lines_as_fit(int width, int height)
    {
        var console = new TestConsole().Width(width).Height(height);

        console.Write(StatusPanel.Render(Banner(paper: true), Status, LongLogLines));

        var lines = console.Lines;
        Assert.True(lines.Count < height, $"{lines.Count} lines on a {height}-line terminal");
        Assert.All(lines, line => Assert.True(line.Length <= width, line));
        foreach (var row in FigureRows)
        {
            Assert.Contains(lines, line => line.Contains("│ " + row, StringComparison.Ordinal));
        }

        var shown = Enumerable.Range(1, 12).Where(i => lines.Any(line => line.Contains($"entry-{i}.", StringComparison.Ordinal))).ToList();
        Assert.Equal(Enumerable.Range(13 - shown.Count, shown.Count), shown); // the newest lines, the oldest dropped first
        Assert.NotEmpty(shown);
    }

    [Fact]
    public void Taller_terminal_shows_more_log_lines()
    {
        int LogLinesShown(int height)
        {
            var console = new TestConsole().Width(90).Height(height);
            console.Write(StatusPanel.Render(Banner(paper: true), Status, LongLogLines));
            return console.Lines.Count(line => line.Contains("[PARADEX_BTC]", StringComparison.Ordinal));
        }

        Assert.True(LogLinesShown(40) > LogLinesShown(30));
        Assert.True(LogLinesShown(30) > 0);
    }

    [Fact]
    public void Live_display_on_an_80x24_terminal_keeps_the_figures()
    {
        var console = new TestConsole().Width(80).Height(24).Interactive();
        var lines = new RecentLines(12);
        using (var log = new Serilog.LoggerConfiguration().WriteTo.Sink(lines).CreateLogger())
        {
            foreach (var line in LongLogLines)
            {
                log.Information("{Text:l}", line);
            }
        }


        var shown = LiveStatusView.RunAsync(console, Banner(paper: true), () => Status, lines, Task.CompletedTask, TimeSpan.Zero);

        Assert.True(shown.IsCompletedSuccessfully);
        foreach (var row in FigureRows)
        {
            Assert.Contains("│ " + row, console.Output, StringComparison.Ordinal);
        }

        Assert.Contains("entry-12.", console.Output, StringComparison.Ordinal);
        Assert.True(console.Lines.Count < 24, console.Output);
    }

    [Fact]
    public void Title_says_paper_venue_market_quantity_mode_and_close()
    {
        var text = Render(StatusPanel.Render(Banner(paper: true, boost: true, ioc: true), Status, []), 100, 30);

        Assert.Contains(" PAPER  paradex BTC · qty 0.01 · boost, IOC close", text, StringComparison.Ordinal);
        Assert.DoesNotContain("LIVE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_run_says_live_in_white_on_red()
    {
        var console = new TestConsole().Width(100).Height(30).Colors(ColorSystem.TrueColor).EmitAnsiSequences();

        console.Write(StatusPanel.Render(Banner(paper: false), Status, []));

        Assert.Contains("\u001b[1;38;5;15;48;5;9m LIVE \u001b[0m", console.Output, StringComparison.Ordinal); // bold, white on red
        Assert.Contains("paradex BTC · qty 0.01 · normal, take-profit +0.02%", console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, false, "PAPER trading, no real orders on paradex BTC: quantity 0.01, normal mode, close by take-profit limit orders 0.02% above the open price")]
    [InlineData(false, true, false, "LIVE trading with real orders on paradex BTC: quantity 0.01, boost mode, close by market order")]
    [InlineData(false, true, true, "LIVE trading with real orders on paradex BTC: quantity 0.01, boost mode, close by IOC at mid -/+ 1 bps, market order for what does not fill")]
    public void First_log_line_says_paper_or_live_venue_market_quantity_and_mode(bool paper, bool boost, bool ioc, string expected)
    {
        Assert.Equal(expected, Banner(paper, boost, ioc).LogLine);
    }

    internal static RunBanner Banner(bool paper, bool boost = false, bool ioc = false) => RunBanner.For(new RunOptions(
        new BotSettings { Venue = "paradex", Ticker = "BTC", Quantity = 0.01m, Boost = boost, UseIoc = ioc },
        paper,
        42,
        "logs",
        FeeSchedule.ForVenue("paradex"),
        null,
        TimeZoneInfo.Utc));

    private static string Render(Spectre.Console.Rendering.IRenderable renderable, int width, int height)
    {
        var console = new TestConsole().Width(width).Height(height);
        console.Write(renderable);
        return console.Output;
    }
}
