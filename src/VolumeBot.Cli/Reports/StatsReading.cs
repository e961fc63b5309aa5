using System.Runtime.CompilerServices;
using VolumeBot.Cli.Reports.Plot;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// The trades CSVs of one report read row by row into running totals per book (and, for --plot, the chart's curves):
/// memory grows with the number of books and closes, not with the number of rows.
/// </summary>
public sealed class StatsReading
{
    private StatsReading(IReadOnlyList<TradesFile> files, IReadOnlyList<BookTally> books, IReadOnlyList<ChartCurve>? curves)
    {
        Files = files;
        Books = books;
        Curves = curves;
    }

    /// <summary>What each file skipped (no fills kept).</summary>
    public IReadOnlyList<TradesFile> Files { get; }

    /// <summary>Books with fills inside the window, sorted by venue, ticker, account.</summary>
    public IReadOnlyList<BookTally> Books { get; }

    /// <summary>The chart's curves in book order, when asked for.</summary>
    public IReadOnlyList<ChartCurve>? Curves { get; }

    public static StatsReading Read(
        IEnumerable<string> paths, TimeZoneInfo zone, DateTimeOffset now, DateTimeOffset? since, DateTimeOffset? until, bool withChart)
    {
        var books = new Dictionary<PairAccount, (BookTally Tally, ChartCurve? Curve)>();
        var files = new List<TradesFile>();
        foreach (var path in paths)
        {
            // every fill of a file is of the file's book: look it up once
            var pair = PairAccount.FromFileName(path);
            var listed = books.TryGetValue(pair, out var book);
            if (!listed)
            {
                book = (new BookTally(pair, now, zone), withChart ? new ChartCurve(pair) : null);
            }

            var (tally, curve) = book;
            files.Add(TradesCsvReader.Stream(path, zone, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in FillFigures fill) =>
            {
                if (since is not null && fill.Time < since || until is not null && fill.Time >= until)
                {
                    return;
                }

                if (!listed)
                {
                    books[pair] = book; // a book is listed once it has a fill inside the window
                    listed = true;
                }

                tally.Add(fill);
                curve?.Add(fill);
            }));
        }

        var ordered = TradeHistory.InBookOrder(books.Values, b => b.Tally.Pair).ToList();
        return new StatsReading(files, ordered.Select(b => b.Tally).ToList(), withChart ? ordered.Select(b => b.Curve!).ToList() : null);
    }
}
