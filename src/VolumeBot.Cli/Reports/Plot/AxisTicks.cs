using System.Globalization;

namespace VolumeBot.Cli.Reports.Plot;

/// <summary>Round-number ticks for a value axis and clock-aligned ticks for a time axis.</summary>
public static class AxisTicks
{
    private static readonly int[] TimeSteps =
    [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800,
    ];

    /// <summary>A range that starts and ends on a tick, and the ticks in it (about five).</summary>
    public static (double Min, double Max, IReadOnlyList<double> Ticks) Values(double min, double max)
    {
        if (max - min < 1e-12)
        {
            (min, max) = max == 0 ? (0, 1) : (Math.Min(0, min), Math.Max(0, max) + Math.Abs(max) * 0.1);
        }

        var step = NiceStep((max - min) / 5);
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var v = first; v <= last + step / 2; v += step)
        {
            ticks.Add(Math.Abs(v) < step / 1e6 ? 0 : v);
        }

        return (first, last, ticks);
    }

    /// <summary>A tick label; axes reaching 10,000 count in k, those reaching 1,000,000 in M, so labels stay short and alike.</summary>
    public static string Label(double value, double step, double axisMax)
    {
        var (divisor, suffix) = Math.Abs(axisMax) >= 1_000_000 ? (1_000_000d, "M") : Math.Abs(axisMax) >= 10_000 ? (1_000d, "k") : (1d, "");
        var scaledStep = step / divisor;
        var decimals = scaledStep >= 1 ? 0 : Math.Min(6, (int)Math.Ceiling(-Math.Log10(scaledStep) - 1e-9));
        return (value / divisor).ToString("N" + decimals, CultureInfo.InvariantCulture) + (value == 0 ? "" : suffix);
    }

    /// <summary>Ticks on round local clock times between two instants, with labels that show the date when it changes.</summary>
    public static IReadOnlyList<(DateTimeOffset Time, string Label)> Times(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, int most = 8)
    {
        var span = (to - from).TotalSeconds;
        var step = TimeSteps.FirstOrDefault(s => span / s <= most, TimeSteps[^1]);
        var localFrom = TimeZoneInfo.ConvertTime(from, zone);
        var midnight = new DateTimeOffset(localFrom.Date, localFrom.Offset);
        var offset = Math.Ceiling((localFrom - midnight).TotalSeconds / step) * step;
        var ticks = new List<(DateTimeOffset, string)>();
        DateTime? lastDate = null;
        for (var t = midnight.AddSeconds(offset); t <= to; t = t.AddSeconds(step))
        {
            var local = TimeZoneInfo.ConvertTime(t, zone);
            var format = step >= 86400 ? "MM-dd" : step < 60 ? "HH:mm:ss" : "HH:mm";
            var label = local.ToString(format, CultureInfo.InvariantCulture);
            if (step < 86400 && lastDate is { } date && date != local.Date)
            {
                label = local.ToString("MM-dd ", CultureInfo.InvariantCulture) + label;
            }

            lastDate = local.Date;
            ticks.Add((t, label));
        }

        return ticks;
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
