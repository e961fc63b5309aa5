using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
        var file = Stream(path, zone, new FileReading(PairAccount.FromFileName(path), zone, journal.Add, null), out var python);
        var fills = journal.Concat(python).OrderBy(f => f.Time).ToList();
        return file with { Fills = fills };
    }

    /// <summary>
    /// Hands each fill's figures to <paramref name="onFill"/> as it is read (the Python bot's at the end of the file,
    /// once it is known which of its rows repeat a fill) and returns what was skipped, with no fills kept. This bot's
    /// rows are read from the file's bytes without a string per row.
    /// </summary>
    public static TradesFile Stream(string path, TimeZoneInfo zone, FillFiguresHandler onFill)
    {
        var file = Stream(path, zone, new FileReading(PairAccount.FromFileName(path), zone, null, onFill), out var python);
        foreach (var fill in python)
        {
            onFill(fill.Figures);
        }

        return file;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TradesFile Stream(string path, TimeZoneInfo zone, FileReading reading, out List<TradeFill> python)
    {
        try
        {
            // the bot may be appending to the file right now
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            reading.ExpectRows(stream.Length);
            var row = new CsvRow();
            long line = 0;
            foreach (var (buffer, start, length) in new Utf8Lines(stream))
            {
                row.Split(buffer, start, length);
                reading.Count(reading.Parse(row, out var fill), row, ++line, fill);
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

    /// <param name="onTradeFill">Takes this bot's fills whole, ids and all (<see cref="Read"/>).</param>
    /// <param name="onFigures">Takes only their figures (<see cref="Stream(string, TimeZoneInfo, FillFiguresHandler)"/>).</param>
    private sealed class FileReading(PairAccount pair, TimeZoneInfo zone, Action<TradeFill>? onTradeFill, FillFiguresHandler? onFigures)
    {
        private const int BytesPerRow = 120;
        private const int OrderIdField = 1;
        private const int ClientOrderIdField = 13;
        private const int FillIdField = 14;
        private readonly List<TradeFill> _pythonFills = [];
        private readonly ClientRuns _runs = new();

        private FillIdSet _fillIds = new(0);
        // a row of this bot's read but not yet counted: its fill id's hash, its figures, and the whole fill when asked for
        private bool _hasPending;
        private UInt128 _pendingHash;
        private FillFigures _pendingFigures;
        private TradeFill? _pendingWhole;
        private int _malformed;
        private int _duplicates;
        private int _orderEvents;
        private long? _firstMalformed;

        public void ExpectRows(long fileLength) =>
            _fillIds = new FillIdSet((int)Math.Min(fileLength / BytesPerRow, 1 << 26));

        /// <summary>What a row is, and a fill's figures.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per row of files of millions: no slower tiers first
        public RowKind Parse(CsvRow f, out FillFigures fill)
        {
            fill = default;
            if (f.IsBlank || Ascii.EqualsIgnoreCase(f[0], "Timestamp"u8))
            {
                return RowKind.Ignored;
            }

            if (f.Count >= 6 && !IsFillStatus(f[5]) && f[5].Length > 0 && IsWord(f[5]))
            {
                return RowKind.OrderEvent;
            }

            return ParseFill(f, out fill) ? RowKind.Fill : RowKind.Malformed;
        }

        /// <summary>Counts the rows in file order: the first of two rows with one fill id is the one that counts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Count(RowKind kind, CsvRow f, long line, in FillFigures fill)
        {
            switch (kind)
            {
                case RowKind.OrderEvent:
                    _orderEvents++;
                    break;
                case RowKind.Malformed:
                    _malformed++;
                    _firstMalformed ??= line;
                    break;
                case RowKind.Fill when !IsJournalRow(f):
                    _pythonFills.Add(WithIds(f, fill));
                    break;
                case RowKind.Fill:
                    // the row is counted once the next one has been read, while its fill id's slot is loaded
                    var hash = FillIdSet.HashOf(f[FillIdField]);
                    _fillIds.Prefetch(hash);
                    CountPending();
                    (_hasPending, _pendingHash, _pendingWhole) = (true, hash, onTradeFill is null ? null : WithIds(f, fill));
                    _pendingFigures = fill;
                    if (onFigures is not null && FillFigures.IsIocClose(fill.TradeRole, fill.CloseMethod))
                    {
                        _pendingFigures = fill with { Run = _runs.Of(f[ClientOrderIdField]) };
                    }

                    break;
            }
        }

        /// <summary>The first of two rows with one fill id is the one that counts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void CountPending()
        {
            if (!_hasPending)
            {
                return;
            }

            _hasPending = false;
            if (!_fillIds.Add(_pendingHash))
            {
                _duplicates++;
                return;
            }

            if (_pendingWhole is { } whole)
            {
                onTradeFill!(whole);
            }

            onFigures?.Invoke(_pendingFigures);
        }

        public TradesFile Finish(string path, string? readError, out List<TradeFill> python)
        {
            CountPending();
            var ordersWithFillRows = _pythonFills.Where(f => f.Role is not null).Select(f => f.OrderId).ToHashSet(StringComparer.Ordinal);
            python = _pythonFills.Where(f => f.Role is not null || !ordersWithFillRows.Contains(f.OrderId)).ToList();
            var duplicates = _duplicates + _pythonFills.Count - python.Count;
            var priceless = python.RemoveAll(f => f.Price == 0);
            return new TradesFile(path, pair, [], _malformed, duplicates, _orderEvents + priceless, _firstMalformed, readError);
        }

        /// <summary>A row of this bot: it has a fill id.</summary>
        private static bool IsJournalRow(CsvRow f) => f.Count >= JournalColumns && f[FillIdField].Length > 0;

        /// <summary>The fill of the parsed row with its ids, as strings.</summary>
        private TradeFill WithIds(CsvRow f, in FillFigures fill)
        {
            var journal = IsJournalRow(f);
            return new TradeFill(
                pair, fill.Time, Encoding.UTF8.GetString(f[OrderIdField]), fill.Side, fill.Quantity, fill.Price, fill.Fee, fill.Role,
                fill.TradeRole, fill.CloseMethod, fill.ReferenceMid, fill.Cycle,
                ClientOrderId: journal && f[ClientOrderIdField].Length > 0 ? Encoding.UTF8.GetString(f[ClientOrderIdField]) : null,
                FillId: journal ? Encoding.UTF8.GetString(f[FillIdField]) : null);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool ParseFill(CsvRow f, out FillFigures fill)
        {
            fill = default;
            if (f.Count < 6 || !IsFillStatus(f[5]) || !TryTime(f[0], out var time) || f[OrderIdField].Length == 0 || !TrySide(f[2], out var side)
                || !TryDecimal(f[3], out var quantity) || quantity <= 0 || !TryDecimal(f[4], out var price) || price < 0)
            {
                return false;
            }

            decimal? fee = null;
            if (f[6] is { Length: > 0 } feeText)
            {
                if (!TryDecimal(feeText, out var parsed))
                {
                    return false;
                }

                fee = parsed;
            }

            LiquidityRole? role = f[8] switch
            {
                var text when Ascii.EqualsIgnoreCase(text, "MAKER"u8) => LiquidityRole.Maker,
                var text when Ascii.EqualsIgnoreCase(text, "TAKER"u8) => LiquidityRole.Taker,
                _ => null,
            };
            if (!IsJournalRow(f))
            {
                // the Python bot's order-event rows carry its defaults (fee 0, no role) and, for a market order, its limit price 0
                if (role is not null && price == 0)
                {
                    return false;
                }

                fill = new FillFigures(time, side, quantity, price, role is null && fee == 0 ? null : fee, role, null, null, null, null, "");
                return true;
            }

            if (price == 0)
            {
                return false;
            }

            decimal? mid = null;
            if (f[11] is { Length: > 0 } midText)
            {
                if (!TryDecimal(midText, out var parsedMid) || parsedMid <= 0)
                {
                    return false;
                }

                mid = parsedMid;
            }

            int? cycle = int.TryParse(f[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : null;
            fill = new FillFigures(
                time, side, quantity, price, fee, role,
                TradeRole: Known(f[9], upper: true),
                CloseMethod: Known(f[10], upper: false),
                ReferenceMid: mid,
                Cycle: cycle,
                Run: "");
            return true;
        }

        /// <summary>A time with its offset is taken as written; one without (older files, the Python bot's) is in the report's zone.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TryTime(ReadOnlySpan<byte> utf8, out DateTimeOffset time)
        {
            if (FillTime.TryParse(utf8, out time, out var local))
            {
                if (local is { } unzoned)
                {
                    time = new DateTimeOffset(unzoned, zone.GetUtcOffset(unzoned));
                }

                return true;
            }

            // the exact formats read characters; no text longer than this can match them
            Span<char> text = stackalloc char[64];
            if (utf8.Length > text.Length || !Encoding.UTF8.TryGetChars(utf8, text, out var length))
            {
                time = default;
                return false;
            }

            text = text[..length];
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
    private static string? Known(ReadOnlySpan<byte> text, bool upper)
    {
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var word in upper ? UpperWords : LowerWords)
        {
            if (Ascii.EqualsIgnoreCase(text, word))
            {
                return word;
            }
        }

        var decoded = Encoding.UTF8.GetString(text);
        return upper ? decoded.ToUpperInvariant() : decoded.ToLowerInvariant();
    }

    private static bool IsWord(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!char.IsAsciiLetter((char)b) && b != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFillStatus(ReadOnlySpan<byte> status) =>
        Ascii.EqualsIgnoreCase(status, "FILLED"u8) || Ascii.EqualsIgnoreCase(status, "PARTIALLY_FILLED"u8);

    private static bool TryDecimal(ReadOnlySpan<byte> text, out decimal value) =>
        PlainDecimal.TryParse(text, out value) || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TrySide(ReadOnlySpan<byte> text, out Side side)
    {
        var sell = Ascii.EqualsIgnoreCase(text, "sell"u8);
        side = sell ? Side.Sell : Side.Buy;
        return sell || Ascii.EqualsIgnoreCase(text, "buy"u8);
    }
}
