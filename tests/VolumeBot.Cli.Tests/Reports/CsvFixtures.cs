namespace VolumeBot.Cli.Tests.Reports;

/// <summary>Trades CSVs written by a test into its own temp directory (no committed data files).</summary>
public sealed class CsvFixtures : IDisposable
{
    public const string JournalHeader = "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole,Role,CloseMethod,ReferenceMid,Cycle,ClientOrderID,FillID";

    public CsvFixtures()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("volumebot-stats-").FullName;
        Logs = Path.Combine(Directory, "logs");
        System.IO.Directory.CreateDirectory(Logs);
    }

    public string Directory { get; }

    public string Logs { get; }

    public static TimeZoneInfo Utc => TimeZoneInfo.Utc;

    public static TimeZoneInfo Shanghai => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public string Write(string name, params string[] lines)
    {
        var path = Path.Combine(Logs, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

/// <summary>A clock that stays where the test puts it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
