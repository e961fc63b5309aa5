using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VolumeBot.Cli.Reports;

/// <summary>`stats --json`: the report for scripts. Money as JSON numbers at full precision; times ISO 8601 in the report's zone.</summary>
public static class StatsJson
{
    public static string Write(StatsReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generatedAt", Time(report.GeneratedAt, report.Zone));
            json.WriteString("timeZone", report.Zone.Id);
            WriteTime(json, "since", report.Since, report.Zone);
            WriteTime(json, "until", report.Until, report.Zone);
            json.WriteStartArray("files");
            report.Files.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartObject("skippedRows");
            json.WriteNumber("malformed", report.MalformedRows);
            json.WriteNumber("duplicate", report.DuplicateRows);
            json.WriteNumber("orderEvents", report.OrderEventRows);
            json.WriteEndObject();
            json.WriteStartArray("warnings");
            report.Warnings.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("books");
            foreach (var book in report.Books)
            {
                WriteBook(json, book, report.Zone);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteBook(Utf8JsonWriter json, PairStats book, TimeZoneInfo zone)
    {
        json.WriteStartObject();
        json.WriteString("venue", book.Pair.Venue);
        json.WriteString("ticker", book.Pair.Ticker);
        if (book.Pair.Account is { } account)
        {
            json.WriteString("account", account);
        }
        else
        {
            json.WriteNull("account");
        }

        json.WriteNumber("fills", book.Fills);
        json.WriteNumber("baseVolume", book.BaseVolume);
        json.WriteNumber("quoteVolume", book.QuoteVolume);
        WriteRole(json, "maker", book.MakerFills, book.MakerQuoteVolume, book.MakerShare, book.MakerFees);
        WriteRole(json, "taker", book.TakerFills, book.TakerQuoteVolume, book.TakerShare, book.TakerFees);
        json.WriteNumber("fees", book.Fees);
        json.WriteNumber("feesWithoutRole", book.UnattributedFees);
        json.WriteNumber("fillsWithoutFee", book.FillsWithoutFee);
        json.WriteStartObject("feeClasses");
        json.WriteNumber("feeFreeFills", book.FeeClasses.FeeFreeFills);
        json.WriteNumber("feeFreeQuoteVolume", book.FeeClasses.FeeFreeVolume);
        json.WriteNumber("feePayingFills", book.FeeClasses.PaidFills);
        json.WriteNumber("feePayingQuoteVolume", book.FeeClasses.PaidVolume);
        json.WriteNumber("feePayingFees", book.FeeClasses.PaidFees);
        json.WriteEndObject();
        WriteNullable(json, "slippage", book.Slippage);
        json.WriteNumber("totalCost", book.TotalCost);
        json.WriteNumber("costBps", book.CostBps);
        json.WriteStartObject("iocCloses");
        json.WriteNumber("full", book.IocCloses.Full);
        json.WriteNumber("partial", book.IocCloses.Partial);
        json.WriteNumber("failed", book.IocCloses.Failed);
        json.WriteEndObject();
        WriteBucket(json, "today", book.Today);
        WriteBucket(json, "currentHour", book.CurrentHour);
        WriteBucket(json, "lastHour", book.LastHour);
        WriteBucket(json, "averagePerDay", book.AveragePerDay);
        WriteBucket(json, "averagePerHour", book.AveragePerHour);
        json.WriteString("firstFill", Time(book.FirstFill, zone));
        json.WriteString("lastFill", Time(book.LastFill, zone));
        json.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter json, string name, int fills, decimal volume, decimal? share, decimal fees)
    {
        json.WriteStartObject(name);
        json.WriteNumber("fills", fills);
        json.WriteNumber("quoteVolume", volume);
        WriteNullable(json, "share", share is { } s ? decimal.Round(s, 6) : null);
        json.WriteNumber("fees", fees);
        json.WriteEndObject();
    }

    private static void WriteBucket(Utf8JsonWriter json, string name, VolumeCost bucket)
    {
        json.WriteStartObject(name);
        json.WriteNumber("quoteVolume", bucket.QuoteVolume);
        json.WriteNumber("totalCost", bucket.TotalCost);
        json.WriteNumber("costBps", bucket.CostBps);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time, TimeZoneInfo zone)
    {
        if (time is { } t)
        {
            json.WriteString(name, Time(t, zone));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Time(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
