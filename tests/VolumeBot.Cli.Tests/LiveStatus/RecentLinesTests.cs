using VolumeBot.Cli.LiveStatus;
using VolumeBot.Cli.Logging;

namespace VolumeBot.Cli.Tests.LiveStatus;

public class RecentLinesTests
{
    [Fact]
    public void Lines_read_time_level_and_message_in_the_log_zone_and_only_the_newest_are_kept()
    {
        var recent = new RecentLines(2);
        var file = Path.GetTempFileName();
        try
        {
            using (var logger = ActivityLogFactory.Create(file, "PARADEX_BTC", TimeZoneInfo.Utc, recent))
            {
                logger.Information("{Text:l}", "first");
                logger.Warning("{Text:l}", "[OPEN] second");
                logger.Information("{Text:l}", "third");
            }

            var lines = recent.Snapshot();
            Assert.Equal(2, lines.Count);
            Assert.Matches(@"^\d\d:\d\d:\d\d WARNING \[OPEN\] second$", lines[0]);
            Assert.Matches(@"^\d\d:\d\d:\d\d INFO third$", lines[1]);
            var fileTime = File.ReadAllLines(file)[^1][11..19]; // the same time as the activity log's line
            Assert.StartsWith(fileTime, lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
