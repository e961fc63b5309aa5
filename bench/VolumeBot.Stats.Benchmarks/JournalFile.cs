using System.Globalization;
using System.Text;

namespace VolumeBot.Stats.Benchmarks;

/// <summary>
/// A trades CSV as a boost + IOC run writes it: a maker open then a taker close per cycle (IOC, sometimes with a
/// market fallback), millisecond timestamps with the zone's offset, the bot's client ids, one fill id per row.
/// </summary>
internal static class JournalFile
{
    public const string Header = "Timestamp,OrderID,Side,Quantity,Price,Status,Fee,FeeRate,LiquidityRole,Role,CloseMethod,ReferenceMid,Cycle,ClientOrderID,FillID";

    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var offset = TimeSpan.FromHours(8);
        var time = new DateTimeOffset(2026, 11, 1, 0, 0, 0, offset);
        var mid = 95_000m;
        const ulong runBase = (1UL << 63) | (1234UL << 48);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(Header);
        var cycle = 0;
        for (var row = 0; row < rows; row++)
        {
            var open = row % 2 == 0;
            if (open)
            {
                cycle++;
                mid += random.Next(-30, 31) * 0.1m;
            }

            time = time.AddMilliseconds(random.Next(200, 4000));
            var side = open == (cycle % 2 == 0) ? "buy" : "sell";
            var quantity = 0.001m * random.Next(1, 20);
            var price = open ? mid - 0.1m : mid - random.Next(0, 5) * 0.1m;
            var maker = open;
            var feeRate = maker ? -0.01m : 0.055m;
            var fee = Math.Round(quantity * price * feeRate / 100m, 8);
            var closeMethod = open ? "" : random.Next(10) == 0 ? "ioc_fallback" : "ioc";
            var clientId = runBase + (ulong)row;
            writer.Write(time.ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $",{1_000_000_000 + row},{side},{quantity},{price},FILLED,{fee},{feeRate},{(maker ? "MAKER" : "TAKER")},{(open ? "OPEN" : "CLOSE")},{closeMethod},{mid},{cycle},{clientId},t-{row:x8}-{seed}\n"));
        }
    }
}
