namespace VolumeBot.Cli.Configuration;

public static class TimeZones
{
    /// <summary>The Python bot's default zone for log and CSV timestamps.</summary>
    public const string Default = "Asia/Shanghai";

    /// <summary>The zone named by TIMEZONE, or the default; null when the name is unknown.</summary>
    public static TimeZoneInfo? FromEnvironment()
    {
        var name = Environment.GetEnvironmentVariable("TIMEZONE");
        name = string.IsNullOrWhiteSpace(name) ? Default : name.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }
}
