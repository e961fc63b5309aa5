using System.Globalization;
using CsvHelper;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// Reads trades CSVs of this bot (15 columns, one row per fill) and of the Python bot (9 or 6 columns), by position,
/// row by row, since one file can hold both: a 6-column header followed by 9-field rows, or this bot appending to a
/// Python file. Counting each fill once:
/// <list type="bullet">
/// <item>a row of this bot (it has a FillID) counts once per fill id, as the run's ledger counts it;</item>
/// <item>the Python bot wrote an order-event row (no LiquidityRole, no fee) and fill rows (with LiquidityRole and fee)
/// for the same fill, both with the order id: in one file, an order id that has fill rows has its order-event rows
/// ignored; an order with only order-event rows (6-column files) counts from them, with no fee known;</item>
/// <item>only FILLED and PARTIALLY_FILLED rows are fills; CANCELED and other order events are not volume (as
/// stats_service counts).</item>
/// </list>
/// Rows that do not parse are skipped and counted, never thrown.
/// </summary>
public static class TradesCsvReader
{
    private const int JournalColumns = 15;
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>This bot's timestamps since they carry milliseconds and the offset (2026-01-01 08:00:00.123+08:00).</summary>
    private static readonly string[] OffsetTimeFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];

    public static TradesFile Read(string path, TimeZoneInfo zone)
    {
        var pair = PairAccount.FromFileName(path);
        var reading = new FileReading(pair, zone);
        try
        {
            // the bot may be appending to the file right now
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',', HasHeader = false, AllowLineBreaksInQuotes = false, TrackLineNumbers = true }, leaveOpen: false);
            var fields = new List<string>(JournalColumns);
            while (csv.Read())
            {
                fields.Clear();
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    fields.Add(csv.GetString(i).Trim());
                }

                reading.Add(fields, csv.LineNumber);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            return reading.Finish(path, error.Message);
        }

        return reading.Finish(path, null);
    }

    private sealed class FileReading(PairAccount pair, TimeZoneInfo zone)
    {
        private readonly List<TradeFill> _journalFills = [];
        private readonly List<TradeFill> _pythonFills = [];
        private readonly HashSet<string> _fillIds = new(StringComparer.Ordinal);
        private int _malformed;
        private int _duplicates;
        private int _orderEvents;
        private long? _firstMalformed;

        public void Add(List<string> f, long line)
        {
            if (f.All(string.IsNullOrEmpty) || f[0].Equals("Timestamp", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (f.Count >= 6 && !IsFillStatus(f[5]) && f[5].Length > 0 && f[5].All(c => char.IsAsciiLetter(c) || c == '_'))
            {
                _orderEvents++;
                return;
            }

            var fill = Parse(f);
            if (fill is null)
            {
                _malformed++;
                _firstMalformed ??= line;
                return;
            }

            if (fill.FillId is null)
            {
                _pythonFills.Add(fill);
            }
            else if (_fillIds.Add(fill.FillId))
            {
                _journalFills.Add(fill);
            }
            else
            {
                _duplicates++;
            }
        }

        public TradesFile Finish(string path, string? readError)
        {
            var ordersWithFillRows = _pythonFills.Where(f => f.Role is not null).Select(f => f.OrderId).ToHashSet(StringComparer.Ordinal);
            var python = _pythonFills.Where(f => f.Role is not null || !ordersWithFillRows.Contains(f.OrderId)).ToList();
            var duplicates = _duplicates + _pythonFills.Count - python.Count;
            var priceless = python.RemoveAll(f => f.Price == 0);
            var fills = _journalFills.Concat(python).OrderBy(f => f.Time).ToList();
            return new TradesFile(path, pair, fills, _malformed, duplicates, _orderEvents + priceless, _firstMalformed, readError);
        }

        private TradeFill? Parse(List<string> f)
        {
            if (f.Count < 6 || !IsFillStatus(f[5]) || !TryTime(f[0], out var time) || f[1].Length == 0 || !TrySide(f[2], out var side)
                || !TryDecimal(f[3], out var quantity) || quantity <= 0 || !TryDecimal(f[4], out var price) || price < 0)
            {
                return null;
            }

            decimal? fee = null;
            if (Field(f, 6) is { } feeText)
            {
                if (!TryDecimal(feeText, out var parsed))
                {
                    return null;
                }

                fee = parsed;
            }

            var role = Field(f, 8)?.ToUpperInvariant() switch
            {
                "MAKER" => LiquidityRole.Maker,
                "TAKER" => LiquidityRole.Taker,
                _ => (LiquidityRole?)null,
            };
            var fill = new TradeFill(pair, time, f[1], side, quantity, price, fee, role);
            if (f.Count < JournalColumns || Field(f, 14) is not { } fillId)
            {
                // the Python bot's order-event rows carry its defaults (fee 0, no role) and, for a market order, its limit price 0
                return role is not null ? price > 0 ? fill : null
                    : fee == 0 ? fill with { Fee = null } : fill;
            }

            if (price == 0)
            {
                return null;
            }

            decimal? mid = null;
            if (Field(f, 11) is { } midText)
            {
                if (!TryDecimal(midText, out var parsedMid) || parsedMid <= 0)
                {
                    return null;
                }

                mid = parsedMid;
            }

            int? cycle = int.TryParse(Field(f, 12), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : null;
            return fill with
            {
                TradeRole = Field(f, 9)?.ToUpperInvariant(),
                CloseMethod = Field(f, 10)?.ToLowerInvariant(),
                ReferenceMid = mid,
                Cycle = cycle,
                ClientOrderId = Field(f, 13),
                FillId = fillId,
            };
        }

        /// <summary>A time with its offset is taken as written; one without (older files, the Python bot's) is in the report's zone.</summary>
        private bool TryTime(string text, out DateTimeOffset time)
        {
            if (DateTimeOffset.TryParseExact(text, OffsetTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
            {
                return true;
            }

            if (!DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                time = default;
                return false;
            }

            time = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }
    }

    private static bool IsFillStatus(string status) =>
        status.Equals("FILLED", StringComparison.OrdinalIgnoreCase) || status.Equals("PARTIALLY_FILLED", StringComparison.OrdinalIgnoreCase);

    private static string? Field(List<string> f, int index) => index < f.Count && f[index].Length > 0 ? f[index] : null;

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TrySide(string text, out Side side)
    {
        side = text.Equals("sell", StringComparison.OrdinalIgnoreCase) ? Side.Sell : Side.Buy;
        return text.Equals("buy", StringComparison.OrdinalIgnoreCase) || text.Equals("sell", StringComparison.OrdinalIgnoreCase);
    }
}
