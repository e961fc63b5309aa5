using System.Globalization;
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
/// Rows that do not parse are skipped and counted, never thrown. A file is read row by row and this bot's fills are
/// handed on as they are read (<see cref="Stream"/>), so a file of millions of rows is never held in memory.
/// </summary>
public static class TradesCsvReader
{
    private const int JournalColumns = 15;
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>This bot's timestamps since they carry milliseconds and the offset (2026-01-01 08:00:00.123+08:00).</summary>
    private static readonly string[] OffsetTimeFormats =
        ["yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];

    /// <summary>The whole file, its fills in time order.</summary>
    public static TradesFile Read(string path, TimeZoneInfo zone)
    {
        var journal = new List<TradeFill>();
        var file = Stream(path, zone, journal.Add, out var python);
        var fills = journal.Concat(python).OrderBy(f => f.Time).ToList();
        return file with { Fills = fills };
    }

    /// <summary>
    /// Hands each fill to <paramref name="onFill"/> as it is read (the Python bot's at the end of the file, once it is
    /// known which of its rows repeat a fill) and returns what was skipped, with no fills kept.
    /// </summary>
    public static TradesFile Stream(string path, TimeZoneInfo zone, Action<TradeFill> onFill)
    {
        var file = Stream(path, zone, onFill, out var python);
        foreach (var fill in python)
        {
            onFill(fill);
        }

        return file;
    }

    private static TradesFile Stream(string path, TimeZoneInfo zone, Action<TradeFill> onFill, out List<TradeFill> python)
    {
        var pair = PairAccount.FromFileName(path);
        var reading = new FileReading(pair, zone, onFill);
        try
        {
            // the bot may be appending to the file right now
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            reading.ExpectRows(stream.Length);
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
            var row = new CsvRow();
            long line = 0;
            while (reader.ReadLine() is { } text)
            {
                row.Split(text);
                reading.Count(reading.Parse(row, ++line));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return reading.Finish(path, error.Message, out python);
        }

        return reading.Finish(path, null, out python);
    }

    private enum RowKind
    {
        Ignored,
        OrderEvent,
        Malformed,
        Fill,
    }

    private readonly record struct ParsedRow(RowKind Kind, TradeFill? Fill, long Line);

    private sealed class FileReading(PairAccount pair, TimeZoneInfo zone, Action<TradeFill> onJournalFill)
    {
        private const int BytesPerRow = 120;
        private readonly List<TradeFill> _pythonFills = [];

        private FillIdSet _fillIds = new(0);
        private int _malformed;
        private int _duplicates;
        private int _orderEvents;
        private long? _firstMalformed;

        public void ExpectRows(long fileLength) =>
            _fillIds = new FillIdSet((int)Math.Min(fileLength / BytesPerRow, 1 << 26));

        /// <summary>What a row is.</summary>
        public ParsedRow Parse(CsvRow f, long line)
        {
            if (f.IsBlank || f[0].Equals("Timestamp", StringComparison.OrdinalIgnoreCase))
            {
                return new ParsedRow(RowKind.Ignored, null, line);
            }

            if (f.Count >= 6 && !IsFillStatus(f[5]) && f[5].Length > 0 && IsWord(f[5]))
            {
                return new ParsedRow(RowKind.OrderEvent, null, line);
            }

            return ParseFill(f) is { } fill ? new ParsedRow(RowKind.Fill, fill, line) : new ParsedRow(RowKind.Malformed, null, line);
        }

        /// <summary>Counts the rows in file order: the first of two rows with one fill id is the one that counts.</summary>
        public void Count(ParsedRow row)
        {
            switch (row.Kind)
            {
                case RowKind.OrderEvent:
                    _orderEvents++;
                    break;
                case RowKind.Malformed:
                    _malformed++;
                    _firstMalformed ??= row.Line;
                    break;
                case RowKind.Fill when row.Fill!.FillId is null:
                    _pythonFills.Add(row.Fill);
                    break;
                case RowKind.Fill when _fillIds.Add(row.Fill.FillId):
                    onJournalFill(row.Fill);
                    break;
                case RowKind.Fill:
                    _duplicates++;
                    break;
            }
        }

        public TradesFile Finish(string path, string? readError, out List<TradeFill> python)
        {
            var ordersWithFillRows = _pythonFills.Where(f => f.Role is not null).Select(f => f.OrderId).ToHashSet(StringComparer.Ordinal);
            python = _pythonFills.Where(f => f.Role is not null || !ordersWithFillRows.Contains(f.OrderId)).ToList();
            var duplicates = _duplicates + _pythonFills.Count - python.Count;
            var priceless = python.RemoveAll(f => f.Price == 0);
            return new TradesFile(path, pair, [], _malformed, duplicates, _orderEvents + priceless, _firstMalformed, readError);
        }

        private TradeFill? ParseFill(CsvRow f)
        {
            if (f.Count < 6 || !IsFillStatus(f[5]) || !TryTime(f[0], out var time) || f[1].Length == 0 || !TrySide(f[2], out var side)
                || !TryDecimal(f[3], out var quantity) || quantity <= 0 || !TryDecimal(f[4], out var price) || price < 0)
            {
                return null;
            }

            decimal? fee = null;
            if (f[6] is { Length: > 0 } feeText)
            {
                if (!TryDecimal(feeText, out var parsed))
                {
                    return null;
                }

                fee = parsed;
            }

            LiquidityRole? role = f[8] switch
            {
                var text when text.Equals("MAKER", StringComparison.OrdinalIgnoreCase) => LiquidityRole.Maker,
                var text when text.Equals("TAKER", StringComparison.OrdinalIgnoreCase) => LiquidityRole.Taker,
                _ => null,
            };
            var orderId = f[1].ToString();
            if (f.Count < JournalColumns || f[14].Length == 0)
            {
                // the Python bot's order-event rows carry its defaults (fee 0, no role) and, for a market order, its limit price 0
                return role is not null ? price > 0 ? new TradeFill(pair, time, orderId, side, quantity, price, fee, role) : null
                    : new TradeFill(pair, time, orderId, side, quantity, price, fee == 0 ? null : fee, role);
            }

            if (price == 0)
            {
                return null;
            }

            decimal? mid = null;
            if (f[11] is { Length: > 0 } midText)
            {
                if (!TryDecimal(midText, out var parsedMid) || parsedMid <= 0)
                {
                    return null;
                }

                mid = parsedMid;
            }

            int? cycle = int.TryParse(f[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : null;
            return new TradeFill(
                pair, time, orderId, side, quantity, price, fee, role,
                TradeRole: Known(f[9], upper: true),
                CloseMethod: Known(f[10], upper: false),
                ReferenceMid: mid,
                Cycle: cycle,
                ClientOrderId: f[13].Length > 0 ? f[13].ToString() : null,
                FillId: f[14].ToString());
        }

        /// <summary>A time with its offset is taken as written; one without (older files, the Python bot's) is in the report's zone.</summary>
        private bool TryTime(ReadOnlySpan<char> text, out DateTimeOffset time)
        {
            if (FillTime.TryParse(text, out time, out var local))
            {
                if (local is { } unzoned)
                {
                    time = new DateTimeOffset(unzoned, zone.GetUtcOffset(unzoned));
                }

                return true;
            }

            if (DateTimeOffset.TryParseExact(text, OffsetTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
            {
                return true;
            }

            if (!DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                time = default;
                return false;
            }

            time = new DateTimeOffset(parsed, zone.GetUtcOffset(parsed));
            return true;
        }
    }

    private static readonly string[] UpperWords = ["OPEN", "CLOSE"];
    private static readonly string[] LowerWords = ["ioc", "ioc_fallback", "market", "limit", "recovered"];

    /// <summary>Upper- or lower-cased text, without a new string for the words every row repeats.</summary>
    private static string? Known(ReadOnlySpan<char> text, bool upper)
    {
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var word in upper ? UpperWords : LowerWords)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return upper ? text.ToString().ToUpperInvariant() : text.ToString().ToLowerInvariant();
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFillStatus(ReadOnlySpan<char> status) =>
        status.Equals("FILLED", StringComparison.OrdinalIgnoreCase) || status.Equals("PARTIALLY_FILLED", StringComparison.OrdinalIgnoreCase);

    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        PlainDecimal.TryParse(text, out value) || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TrySide(ReadOnlySpan<char> text, out Side side)
    {
        side = text.Equals("sell", StringComparison.OrdinalIgnoreCase) ? Side.Sell : Side.Buy;
        return text.Equals("buy", StringComparison.OrdinalIgnoreCase) || text.Equals("sell", StringComparison.OrdinalIgnoreCase);
    }
}
