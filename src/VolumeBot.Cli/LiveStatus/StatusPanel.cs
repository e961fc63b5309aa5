using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>
/// What the live view draws: the run's figures above the newest log lines. It fits the terminal it is drawn on,
/// from 80x24 up: log lines are dropped first (oldest first), the figures never.
/// </summary>
public sealed class StatusPanel(RunBanner banner, BotStatus status, IReadOnlyList<string> recentLines) : Renderable
{
    /// <summary>The terminal line below the block, where the cursor waits.</summary>
    private const int CursorLine = 1;

    /// <summary>The log box's top and bottom border.</summary>
    private const int LogBorders = 2;

    public static IRenderable Render(RunBanner banner, BotStatus status, IReadOnlyList<string> recentLines) =>
        new StatusPanel(banner, status, recentLines);

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var figures = Figures();
        var room = (options.Height ?? options.ConsoleSize.Height) - Height(figures, options, maxWidth) - CursorLine - LogBorders;
        var shown = new List<IRenderable>();
        for (var i = recentLines.Count - 1; i >= 0; i--)
        {
            var line = new Text(recentLines[i]);
            room -= Height(line, options, maxWidth - 4); // border and padding on each side
            if (room < 0)
            {
                break;
            }

            shown.Insert(0, line);
        }

        IRenderable block = shown.Count == 0 ? figures : new Rows(figures, new Panel(new Rows(shown)).Header("log").Expand());
        return block.Render(options, maxWidth);
    }

    private Table Figures()
    {
        var c = CultureInfo.InvariantCulture;
        var s = status.Summary;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .BorderColor(banner.Live ? Color.Red : Color.Default)
            .Title(banner.TitleMarkup)
            .AddColumn("")
            .AddColumn("")
            .Expand();
        table.HideHeaders();
        table.AddRow("Cycles", s.Cycles.ToString(c));
        if (status.Hedge is { } hedge)
        {
            AddHedgedRows(table, new VenueStatus(banner.Venue, s, status.Position, status.RestingOrders), hedge);
        }
        else
        {
            table.AddRow("Position", status.Position.ToString(c));
            table.AddRow("Volume", string.Create(c, $"{s.BaseVolume} base, {s.QuoteVolume:#,##0.00} USDT"));
            table.AddRow("Cost so far", string.Create(c, $"{s.TotalCost:0.0000} USDT ({s.CostBps:0.00} bps) fees {s.MakerFees + s.TakerFees:0.0000}, slippage {s.Slippage:0.0000}"));
        }

        table.AddRow("Last close", status.LastClose ?? "-");
        table.AddRow("IOC success", status.IocSuccessRate is { } rate ? string.Create(c, $"{rate * 100:0.0}% (full {s.IocFull}, partial {s.IocPartial}, failed {s.IocFailed})") : "-");
        table.AddRow("Run time", string.Create(c, $"{s.RunTime:hh\\:mm\\:ss}, {s.VolumePerHour:#,##0} USDT/h"));
        if (status.TargetVolume is { } target)
        {
            table.AddRow("To target", status.TimeToTarget is { } left ? string.Create(c, $"{left:hh\\:mm\\:ss} to {target:#,##0} USDT") : string.Create(c, $"{target:#,##0} USDT"));
        }

        return table;
    }

    /// <summary>A hedged run: each venue on its own row, what is exposed across both, and the two together.</summary>
    private static void AddHedgedRows(Table table, VenueStatus runner, VenueStatus hedge)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var venue in new[] { runner, hedge })
        {
            var v = venue.Summary;
            var orders = venue.RestingOrders == 1 ? "1 open order" : string.Create(c, $"{venue.RestingOrders} open orders");
            table.AddRow(Markup.Escape(venue.Venue), string.Create(c, $"position {venue.Position}, {orders}, {v.QuoteVolume:#,##0.00} USDT, cost {v.TotalCost:0.0000} USDT ({v.CostBps:0.00} bps)"));
        }

        table.AddRow("Net exposure", string.Create(c, $"{runner.Position + hedge.Position} across both venues"));
        var volume = runner.Summary.QuoteVolume + hedge.Summary.QuoteVolume;
        var cost = runner.Summary.TotalCost + hedge.Summary.TotalCost;
        table.AddRow("Combined", string.Create(c, $"{volume:#,##0.00} USDT, cost {cost:0.0000} USDT ({BasisPoints.Of(cost, volume):0.00} bps)"));
    }

    private static int Height(IRenderable renderable, RenderOptions options, int width) =>
        Segment.SplitLines(renderable.Render(options, width)).Count;
}
