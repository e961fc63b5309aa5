using System.Globalization;
using System.Text.RegularExpressions;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// Reads a --since/--until value: a time in the report's zone ("2026-11-20", "2026-11-20 14:30[:00]"), one with an
/// offset ("2026-11-20T06:30:00Z"), "today", or a span back from now ("90s", "30m", "2h", "7d").
/// </summary>
public static partial class ReportTime
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static bool TryParse(string text, DateTimeOffset now, TimeZoneInfo zone, out DateTimeOffset time)
    {
        text = text.Trim();
        var span = SpanAgo().Match(text);
        if (span.Success)
        {
            var amount = double.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture);
            time = now - span.Groups[2].Value.ToLowerInvariant() switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return true;
        }

        if (text.Equals("today", StringComparison.OrdinalIgnoreCase))
        {
            return Local(TimeZoneInfo.ConvertTime(now, zone).Date, zone, out time);
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Local(local, zone, out time);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
            && (text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9);
    }

    public static TimeZoneInfo? Zone(string? name)
    {
        name = string.IsNullOrWhiteSpace(name) ? Environment.GetEnvironmentVariable("TIMEZONE") : name;
        name = string.IsNullOrWhiteSpace(name) ? Configuration.TimeZones.Default : name.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }

    private static bool Local(DateTime local, TimeZoneInfo zone, out DateTimeOffset time)
    {
        time = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));
        return true;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*([smhdSMHD])$")]
    private static partial Regex SpanAgo();
}
