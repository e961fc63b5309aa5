using System.Globalization;

namespace VolumeBot.Core.Trading;

/// <summary>
/// Says once, when a wait of more than a few seconds starts, what the bot waits for and until when (clock time in the
/// log's zone), so a quiet bot never looks hung. The 1 s re-checks of the same wait stay silent.
/// </summary>
public sealed class WaitNotice
{
    public static readonly TimeSpan Threshold = TimeSpan.FromSeconds(5);
    private readonly ActivityLog _log;
    private readonly TimeProvider _time;
    private string? _current;

    public WaitNotice(ActivityLog log, TimeProvider time)
    {
        _log = log;
        _time = time;
    }

    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>A wait that ends at a known time.</summary>
    public void Until(DateTimeOffset end, FormattableString reason)
    {
        var left = end - _time.GetUtcNow();
        if (left <= Threshold)
        {
            return;
        }

        var clock = TimeZoneInfo.ConvertTime(end, Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var text = ActivityLog.Render(reason);
        Say($"{text}: waiting until {clock} (in {Span(left)})", $"{text}@{end.ToUnixTimeMilliseconds()}");
    }

    /// <summary>A wait that ends when something happens on the market, not at a time.</summary>
    public void UntilEvent(FormattableString reason, string awaited)
    {
        var text = ActivityLog.Render(reason);
        Say($"{text}: waiting until {awaited}", text);
    }

    /// <summary>The wait is over: the next one is said again even if it looks the same.</summary>
    public void Over() => _current = null;

    public static string Span(TimeSpan span)
    {
        var seconds = (int)Math.Ceiling(span.TotalSeconds);
        return seconds switch
        {
            < 60 => $"{seconds} s",
            < 3600 => $"{seconds / 60} min {seconds % 60:00} s",
            _ => $"{seconds / 3600} h {seconds / 60 % 60:00} min",
        };
    }

    private void Say(string line, string key)
    {
        if (key == _current)
        {
            return;
        }

        _current = key;
        _log.Info($"{line}");
    }
}
