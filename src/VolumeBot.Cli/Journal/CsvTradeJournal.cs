using System.Globalization;
using CsvHelper;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Journal;

/// <summary>
/// The trades CSV: the Python bot's nine columns first (so the traders' awk and grep lines keep working), then the
/// columns cost accounting needs. One row per fill; the header only in a new file; runs append.
/// </summary>
public sealed class CsvTradeJournal : ITradeJournal, IDisposable
{
    public static readonly string[] Header =
    [
        "Timestamp", "OrderID", "Side", "Quantity", "Price", "Status", "Fee", "FeeRate", "LiquidityRole",
        "Role", "CloseMethod", "ReferenceMid", "Cycle", "ClientOrderID", "FillID",
    ];

    private readonly object _gate = new();
    private readonly TimeZoneInfo _zone;
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;

    public CsvTradeJournal(string path, TimeZoneInfo zone)
    {
        _zone = zone;
        Tail = CsvJournalTail.Read(path, zone);
        var torn = CsvJournalTail.EndsMidRow(path);
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        _csv = CsvWriter.Create(_writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        if (torn)
        {
            _writer.Write('\n'); // a row cut off by a kill stays one unreadable line; the next row is whole
        }

        if (isNew)
        {
            try
            {
                _csv.WriteHeader(Header);
                _csv.Flush();
            }
            catch (IOException)
            {
                // a file that takes no header takes no fills either: close it (the writer closes the file even when its
                // last flush fails the same way) and let the caller report it
                try
                {
                    Dispose();
                }
                catch (IOException)
                {
                }

                throw;
            }
        }
    }

    public JournalTail Tail { get; }

    public void Append(TradeRecord record)
    {
        lock (_gate)
        {
            _csv.WriteField(Timestamp(record.Time, _zone));
            _csv.WriteField(record.OrderId);
            _csv.WriteField(record.Side.ToLowerName());
            _csv.WriteField(Plain(record.Quantity));
            _csv.WriteField(Plain(record.Price));
            _csv.WriteField(record.Status);
            _csv.WriteField(Plain(record.Fee));
            _csv.WriteField(Plain(record.FeeRatePercent));
            _csv.WriteField(record.Role == LiquidityRole.Maker ? "MAKER" : "TAKER");
            _csv.WriteField(record.TradeRole);
            _csv.WriteField(record.CloseMethod ?? "");
            _csv.WriteField(record.ReferenceMid is { } mid ? Plain(mid) : "");
            _csv.WriteField(record.Cycle?.ToString(CultureInfo.InvariantCulture) ?? "");
            _csv.WriteField(record.ClientOrderId ?? "");
            _csv.WriteField(record.FillId);
            _csv.EndRecord();
            _csv.Flush();
            ((FileStream)_writer.BaseStream).Flush(flushToDisk: true); // the row survives a crash of the machine too
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _writer.Dispose();
    }

    /// <summary>Time in the log's zone with milliseconds and the zone's offset: 2026-01-01 08:00:00.123+08:00.</summary>
    public static string Timestamp(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Invariant, no exponent, no trailing zeros: what awk and spreadsheets read back exactly.</summary>
    private static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
