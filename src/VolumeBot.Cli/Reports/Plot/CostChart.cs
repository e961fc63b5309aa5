using System.Globalization;

namespace VolumeBot.Cli.Reports.Plot;

/// <summary>
/// `stats --plot`: three panels over one time axis (cumulative quote volume, cumulative cost in USDT, cost in bps of
/// the volume so far), one line per book in the same colour in every panel.
/// </summary>
public static class CostChart
{
    public const int Width = 1200;
    public const int Height = 900;
    private const int Left = 96;
    private const int Right = 32;
    private const int Bottom = 64;
    private const int PanelGap = 44;

    private static readonly (string Caption, Func<CurvePoint, double?> Value)[] Panels =
    [
        ("Cumulative quote volume (USDT)", p => p.Volume),
        ("Cumulative cost: fees + slippage (USDT)", p => p.Cost),
        ("Cost in bps of volume so far (wear rate)", p => p.Volume > 0 ? p.Cost / p.Volume * 10_000 : null),
    ];

    public static void Save(TradeHistory history, TimeZoneInfo zone, string path) => Save(CurvesOf(history), zone, path);

    public static void Save(IReadOnlyList<ChartCurve> books, TimeZoneInfo zone, string path)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        Render(books, zone).Save(path);
    }

    public static RgbCanvas Render(TradeHistory history, TimeZoneInfo zone) => Render(CurvesOf(history), zone);

    public static RgbCanvas Render(IReadOnlyList<ChartCurve> books, TimeZoneInfo zone)
    {
        var canvas = new RgbCanvas(Width, Height, Rgb.White);
        var curves = books.Select((b, i) => (Key: b.Pair, Color: Rgb.Series[i % Rgb.Series.Count], Points: b.Points())).ToList();
        canvas.Text("VolumeBot: cumulative volume and cost", Left, 14, ChartFont.Bold, Rgb.Ink);
        if (curves.Count == 0)
        {
            canvas.Text("No fills to plot.", Left, 48, ChartFont.Regular, Rgb.Muted);
            return canvas;
        }

        var from = curves.Min(c => c.Points[0].Time);
        var to = curves.Max(c => c.Points[^1].Time);
        var margin = TimeSpan.FromSeconds(Math.Max(2, (to - from).TotalSeconds * 0.03));
        (from, to) = (from - margin, to + margin);

        var fills = books.Sum(b => b.Fills);
        canvas.Text(
            string.Create(CultureInfo.InvariantCulture, $"{Local(from, zone)} to {Local(to, zone)} ({zone.Id}), {fills} fills in {curves.Count} book(s)"),
            Left, 38, ChartFont.Regular, Rgb.Muted);
        var top = Legend(canvas, curves.Select(c => (c.Key.Label, c.Color)).ToList(), 62) + 30;

        var panelHeight = (Height - top - Bottom - PanelGap * (Panels.Length - 1)) / Panels.Length;
        var plotWidth = Width - Left - Right;
        var timeTicks = AxisTicks.Times(from, to, zone);
        double X(DateTimeOffset t) => Left + (t - from).TotalSeconds / (to - from).TotalSeconds * plotWidth;

        for (var p = 0; p < Panels.Length; p++)
        {
            var (caption, value) = Panels[p];
            var y0 = top + p * (panelHeight + PanelGap);
            canvas.Text(caption, Left, y0 - ChartFont.Regular.LineHeight - 6, ChartFont.Regular, Rgb.Ink);
            var values = curves.SelectMany(c => c.Points.Select(value)).OfType<double>().ToList();
            var (min, max, ticks) = AxisTicks.Values(Math.Min(0, values.DefaultIfEmpty(0).Min()), values.DefaultIfEmpty(0).Max());
            double Y(double v) => y0 + panelHeight - (v - min) / (max - min) * panelHeight;

            var step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
            foreach (var tick in ticks)
            {
                var y = (int)Math.Round(Y(tick));
                canvas.HorizontalLine(Left, Left + plotWidth, y, tick == 0 ? Rgb.Frame : Rgb.Grid);
                var label = AxisTicks.Label(tick, step, max);
                canvas.Text(label, Left - 8 - ChartFont.Regular.Measure(label), y - ChartFont.Regular.Ascent / 2.0 - 2, ChartFont.Regular, Rgb.Muted);
            }

            foreach (var (time, label) in timeTicks)
            {
                var x = (int)Math.Round(X(time));
                canvas.VerticalLine(x, y0, y0 + panelHeight, Rgb.Grid);
                if (p == Panels.Length - 1)
                {
                    canvas.VerticalLine(x, y0 + panelHeight, y0 + panelHeight + 4, Rgb.Frame);
                    canvas.Text(label, x - ChartFont.Regular.Measure(label) / 2, y0 + panelHeight + 8, ChartFont.Regular, Rgb.Muted);
                }
            }

            Frame(canvas, Left, y0, plotWidth, panelHeight);
            foreach (var curve in curves)
            {
                var points = Thin(curve.Points.Where(pt => value(pt) is not null).Select(pt => (X(pt.Time), Y(value(pt)!.Value))));
                canvas.Polyline(points, 2.2, curve.Color, (Left, y0, plotWidth + 1, panelHeight + 1));
            }
        }

        var axisTitle = $"Time ({zone.Id})";
        canvas.Text(axisTitle, Left + (plotWidth - ChartFont.Regular.Measure(axisTitle)) / 2, Height - 28, ChartFont.Regular, Rgb.Ink);
        return canvas;
    }

    private static List<ChartCurve> CurvesOf(TradeHistory history)
    {
        var curves = new List<ChartCurve>();
        foreach (var (pair, fills) in history.Books)
        {
            var curve = new ChartCurve(pair);
            foreach (var fill in fills)
            {
                curve.Add(fill.Figures);
            }

            curves.Add(curve);
        }

        return curves;
    }

    /// <summary>Drops points that would land on the pixel of the previous one (a long run has far more fills than pixels).</summary>
    private static List<(double X, double Y)> Thin(IEnumerable<(double X, double Y)> points)
    {
        var kept = new List<(double X, double Y)>();
        (double X, double Y)? pending = null;
        foreach (var point in points)
        {
            if (kept.Count > 0 && Math.Abs(point.X - kept[^1].X) < 0.5 && Math.Abs(point.Y - kept[^1].Y) < 1)
            {
                pending = point;
                continue;
            }

            kept.Add(point);
            pending = null;
        }

        if (pending is { } last)
        {
            kept.Add(last);
        }

        return kept;
    }

    /// <summary>Swatches and labels in rows; returns the y below the legend.</summary>
    private static int Legend(RgbCanvas canvas, IReadOnlyList<(string Label, Rgb Color)> entries, int y)
    {
        var x = (double)Left;
        foreach (var (label, color) in entries)
        {
            var width = 28 + ChartFont.Regular.Measure(label) + 24;
            if (x + width > Width - Right && x > Left)
            {
                x = Left;
                y += ChartFont.Regular.LineHeight + 8;
            }

            canvas.FillRect((int)x, y + ChartFont.Regular.LineHeight / 2 - 1, 22, 3, color);
            canvas.Text(label, x + 28, y, ChartFont.Regular, Rgb.Ink);
            x += width;
        }

        return y + ChartFont.Regular.LineHeight;
    }

    private static void Frame(RgbCanvas canvas, int x, int y, int width, int height)
    {
        canvas.HorizontalLine(x, x + width, y, Rgb.Frame);
        canvas.HorizontalLine(x, x + width, y + height, Rgb.Frame);
        canvas.VerticalLine(x, y, y + height, Rgb.Frame);
        canvas.VerticalLine(x + width, y, y + height, Rgb.Frame);
    }

    private static string Local(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
