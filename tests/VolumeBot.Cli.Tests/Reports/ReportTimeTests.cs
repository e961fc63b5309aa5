using VolumeBot.Cli.Reports;

namespace VolumeBot.Cli.Tests.Reports;

public class ReportTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-03-01", "2026-02-28T16:00:00Z")]
    [InlineData("2026-03-01 14:30", "2026-03-01T06:30:00Z")]
    [InlineData("2026-03-01T14:30:15", "2026-03-01T06:30:15Z")]
    [InlineData("2026-03-01T06:30:00Z", "2026-03-01T06:30:00Z")]
    [InlineData("today", "2026-02-28T16:00:00Z")] // now is 20:00 in Shanghai; its day began 16:00 UTC the day before
    [InlineData("2h", "2026-03-01T10:00:00Z")]
    [InlineData("30m", "2026-03-01T11:30:00Z")]
    [InlineData("1d", "2026-02-28T12:00:00Z")]
    public void Times_are_read_in_the_report_zone_or_back_from_now(string text, string expected)
    {
        Assert.True(ReportTime.TryParse(text, Now, CsvFixtures.Shanghai, out var time));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("5 parsecs")]
    public void Other_text_is_not_a_time(string text) => Assert.False(ReportTime.TryParse(text, Now, CsvFixtures.Shanghai, out _));
}
