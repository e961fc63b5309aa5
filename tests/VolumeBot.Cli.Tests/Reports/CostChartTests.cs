using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using VolumeBot.Cli.Reports;
using VolumeBot.Cli.Reports.Plot;

namespace VolumeBot.Cli.Tests.Reports;

public class CostChartTests
{
    [Fact]
    public void Chart_of_several_books_with_rebates_is_a_valid_png_whose_pixels_decode_to_its_size()
    {
        using var dir = new CsvFixtures();
        var grvt = dir.Write(
            "grvt_ETH_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole",
            "2026-03-01 09:00:00,1,buy,1,3000,FILLED,-0.3,-0.01,MAKER",
            "2026-03-01 15:00:00,2,sell,1,3001,FILLED,-0.3,-0.01,MAKER");
        var paradex = dir.Write(
            "paradex_BTC_main_orders.csv",
            "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole",
            "2026-03-01 10:00:00,1,buy,0.01,50000,FILLED,0.015,0.003,MAKER",
            "2026-03-02 10:00:00,2,sell,0.01,50000,FILLED,0.225,0.045,TAKER");
        var path = Path.Combine(dir.Directory, "chart.png");

        CostChart.Save(TradeHistory.Read([grvt, paradex], CsvFixtures.Utc), CsvFixtures.Utc, path);

        var png = File.ReadAllBytes(path);
        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.All(chunks, c => Assert.True(c.CrcMatches, c.Type));
        using var pixels = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        pixels.CopyTo(raw);
        Assert.Equal(CostChart.Height * (1 + 3 * CostChart.Width), raw.Length);
    }

    [Theory]
    [InlineData(0, 1, 0, 1)]
    [InlineData(0, 99_950, 0, 100_000)]
    [InlineData(-3.2, 0, -4, 0)]
    public void Value_axis_starts_and_ends_on_round_ticks(double min, double max, double first, double last)
    {
        var (low, high, ticks) = AxisTicks.Values(min, max);

        Assert.Equal(first, low, 9);
        Assert.Equal(last, high, 9);
        Assert.InRange(ticks.Count, 3, 12);
    }

    [Fact]
    public void Time_axis_labels_name_the_date_when_it_changes()
    {
        var from = new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero);

        var labels = AxisTicks.Times(from, from.AddHours(8), CsvFixtures.Utc).Select(t => t.Label).ToList();

        Assert.Contains("22:00", labels);
        Assert.Contains("03-02 00:00", labels);
    }

    private static List<(string Type, byte[] Data, bool CrcMatches)> Chunks(byte[] png)
    {
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        var chunks = new List<(string, byte[], bool)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            chunks.Add((type, data, crc == Crc32(png.AsSpan(at + 4, 4 + length))));
            at += 12 + length;
        }

        return chunks;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
