using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace VolumeBot.Cli.Reports;

/// <summary>`stats` on a terminal: one column per book, one row per figure, formatted as the run summary prints them.</summary>
public static class StatsTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IRenderable Render(StatsReport report)
    {
        var now = TimeZoneInfo.ConvertTime(report.GeneratedAt, report.Zone);
        var title = $"VolumeBot stats at {now:yyyy-MM-dd HH:mm:ss} ({report.Zone.Id})";
        if (report.Books.Count == 0)
        {
            return new Rows(new Text(title), new Text($"No fills in {report.Files.Count} file(s)."));
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn(new TableColumn(""));
        foreach (var book in report.Books)
        {
            table.AddColumn(new TableColumn(new Markup($"[bold]{Markup.Escape(book.Pair.Label)}[/]")).RightAligned());
        }

        foreach (var (label, value) in Lines)
        {
            table.AddRow([new Text(label), .. report.Books.Select(b => new Text(value(b, report.Zone)))]);
        }

        table.Caption = new TableTitle(Markup.Escape(Caption(report)));
        return table;
    }

    private static readonly (string Label, Func<PairStats, TimeZoneInfo, string> Value)[] Lines =
    [
        ("Fills", (b, _) => b.Fills.ToString(Invariant)),
        ("Base volume", (b, _) => b.BaseVolume.ToString("0.########", Invariant)),
        ("Quote volume (USDT)", (b, _) => Usdt(b.QuoteVolume)),
        ("Maker / taker share", (b, _) => b.MakerShare is { } m ? $"{Percent(m)} / {Percent(1 - m)}" : "n/a"),
        ("Maker fees (USDT)", (b, _) => Fee(b.MakerFees)),
        ("Taker fees (USDT)", (b, _) => Fee(b.TakerFees)),
        ("Fees net of rebates (USDT)", (b, _) => Fee(b.Fees) + (b.FillsWithoutFee > 0 ? $" ({b.FillsWithoutFee} fills without fee)" : "")),
        ("Fee-free fills (Retail): fills / volume", (b, _) => $"{b.FeeClasses.FeeFreeFills} / {Usdt(b.FeeClasses.FeeFreeVolume)}"),
        ("Fee-paying fills (Pro): fills / volume / fees", (b, _) => $"{b.FeeClasses.PaidFills} / {Usdt(b.FeeClasses.PaidVolume)} / {Fee(b.FeeClasses.PaidFees)}"),
        ("Slippage vs reference mid (USDT)", (b, _) => b.Slippage is { } s ? Fee(s) : "n/a"),
        ("Total cost (USDT)", (b, _) => Fee(b.TotalCost)),
        ("Wear rate (bps of volume)", (b, _) => b.CostBps.ToString("0.00", Invariant)),
        ("IOC closes full / partial / failed", (b, _) => b.IocCloses.Total == 0 ? "-" : $"{b.IocCloses.Full} / {b.IocCloses.Partial} / {b.IocCloses.Failed}"),
        ("Today: volume / cost", (b, _) => Bucket(b.Today)),
        ("Last 60 min: volume / cost", (b, _) => Bucket(b.CurrentHour)),
        ("60-120 min ago: volume / cost", (b, _) => Bucket(b.LastHour)),
        ("Per day (average)", (b, _) => Bucket(b.AveragePerDay)),
        ("Per hour (whole hours, first to last fill)", (b, _) => Bucket(b.AveragePerHour)),
        ("First fill", (b, z) => Time(b.FirstFill, z)),
        ("Last fill", (b, z) => Time(b.LastFill, z)),
    ];

    private static string Percent(decimal share) => (share * 100).ToString("0.0", Invariant) + "%";

    private static string Usdt(decimal value) => value.ToString("#,##0.00", Invariant);

    private static string Fee(decimal value) => value.ToString("0.0000", Invariant);

    private static string Bucket(VolumeCost bucket) => $"{Usdt(bucket.QuoteVolume)} / {Fee(bucket.TotalCost)}";

    private static string Time(DateTimeOffset time, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss", Invariant);

    private static string? Window(StatsReport report)
    {
        var bounds = new[]
        {
            report.Since is { } since ? "from " + Time(since, report.Zone) : null,
            report.Until is { } until ? "before " + Time(until, report.Zone) : null,
        }.OfType<string>().ToList();
        return bounds.Count == 0 ? null : "fills " + string.Join(" ", bounds);
    }

    private static string Caption(StatsReport report)
    {
        var skipped = new List<string>();
        if (report.DuplicateRows > 0)
        {
            skipped.Add($"{report.DuplicateRows} duplicate row(s) of fills already counted");
        }

        if (report.OrderEventRows > 0)
        {
            skipped.Add($"{report.OrderEventRows} order-event row(s)");
        }

        var files = $"{report.Files.Count} file(s)";
        var window = Window(report) is { } w ? w + "\n" : "";
        return window + (skipped.Count == 0 ? files : $"{files}; not counted: {string.Join(", ", skipped)}");
    }
}
