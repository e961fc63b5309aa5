using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.LiveStatus;

/// <summary>What the live view draws: the run's figures above the newest log lines.</summary>
public static class StatusPanel
{
    public static IRenderable Render(string label, BotStatus status, IReadOnlyList<string> recentLines)
    {
        var c = CultureInfo.InvariantCulture;
        var s = status.Summary;
        var table = new Table().Border(TableBorder.Rounded).Title(label).AddColumn("").AddColumn("");
        table.HideHeaders();
        table.AddRow("Cycles", s.Cycles.ToString(c));
        table.AddRow("Position", status.Position.ToString(c));
        table.AddRow("Volume", string.Create(c, $"{s.BaseVolume} base, {s.QuoteVolume:#,##0.00} USDT"));
        table.AddRow("Cost so far", string.Create(c, $"{s.TotalCost:0.0000} USDT ({s.CostBps:0.00} bps) fees {s.MakerFees + s.TakerFees:0.0000}, slippage {s.Slippage:0.0000}"));
        table.AddRow("Last close", status.LastClose ?? "-");
        table.AddRow("IOC success", status.IocSuccessRate is { } rate ? string.Create(c, $"{rate * 100:0.0}% (full {s.IocFull}, partial {s.IocPartial}, failed {s.IocFailed})") : "-");
        table.AddRow("Run time", string.Create(c, $"{s.RunTime:hh\\:mm\\:ss}, {s.VolumePerHour:#,##0} USDT/h"));
        if (status.TargetVolume is { } target)
        {
            table.AddRow("To target", status.TimeToTarget is { } left ? string.Create(c, $"{left:hh\\:mm\\:ss} to {target:#,##0} USDT") : string.Create(c, $"{target:#,##0} USDT"));
        }

        var log = new Panel(new Rows(recentLines.Select(l => new Text(l)))).Header("log").Expand();
        return new Rows(table, log);
    }
}
