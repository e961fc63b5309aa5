using System.Diagnostics;

namespace VolumeBot.Cli.Tests.Readme;

/// <summary>The README's one-liners run on a trades CSV as a trader would paste them.</summary>
public class ReadmeAwkTests
{
    [Fact]
    public void Quote_volume_one_liner_prints_plain_digits_past_a_million()
    {
        var line = File.ReadLines(Path.Combine(RepositoryRoot(), "README.md"))
            .Single(l => l.StartsWith("awk -F','", StringComparison.Ordinal) && l.Contains("# quote volume", StringComparison.Ordinal));
        var command = line[..line.IndexOf('#', StringComparison.Ordinal)].Trim();
        var csv = Path.Combine(Path.GetTempPath(), $"vb-{Guid.NewGuid():N}_orders.csv");
        File.WriteAllLines(csv,
        [
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole,Role,CloseMethod,ReferenceMid,Cycle,ClientOrderID,FillID",
            "2026-01-01 08:00:00.000+08:00,o1,buy,10,100000.05,FILLED,0.3,0.003,MAKER,OPEN,,100000,1,c1,f1",
            "2026-01-01 08:00:01.000+08:00,o2,sell,10,99999.96,FILLED,4.5,0.045,TAKER,CLOSE,market,100000,1,c2,f2",
        ]);
        try
        {
            var start = new ProcessStartInfo("sh", ["-c", command.Replace("logs/paradex_BTC_orders.csv", csv, StringComparison.Ordinal)]) { RedirectStandardOutput = true };
            using var awk = Process.Start(start)!;
            var output = awk.StandardOutput.ReadToEnd().Trim();
            awk.WaitForExit();

            Assert.Equal("2000000.10", output); // print would show 2e+06
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VolumeBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("VolumeBot.sln not found above the test binaries");
    }
}
