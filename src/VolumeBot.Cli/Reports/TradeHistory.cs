namespace VolumeBot.Cli.Reports;

/// <summary>The fills of the files read, per book, inside the --since/--until window, and what was skipped.</summary>
public sealed class TradeHistory
{
    private TradeHistory(IReadOnlyList<TradesFile> files, IReadOnlyDictionary<PairAccount, IReadOnlyList<TradeFill>> books)
    {
        Files = files;
        Books = books;
    }

    public IReadOnlyList<TradesFile> Files { get; }

    /// <summary>Fills in time order, per book, books sorted by venue, ticker, account.</summary>
    public IReadOnlyDictionary<PairAccount, IReadOnlyList<TradeFill>> Books { get; }

    public int MalformedRows => Files.Sum(f => f.MalformedRows);

    public int DuplicateRows => Files.Sum(f => f.DuplicateRows);

    public int OrderEventRows => Files.Sum(f => f.OrderEventRows);

    public IEnumerable<string> Warnings => WarningsOf(Files);

    /// <summary>The files that could not be read, and how many rows were skipped as malformed.</summary>
    public static IEnumerable<string> WarningsOf(IReadOnlyList<TradesFile> files)
    {
        foreach (var file in files.Where(f => f.ReadError is not null))
        {
            yield return $"could not read {file.Path}: {file.ReadError}";
        }

        var malformed = files.Where(f => f.MalformedRows > 0).ToList();
        if (malformed.Count > 0)
        {
            var first = malformed[0];
            yield return $"skipped {malformed.Sum(f => f.MalformedRows)} malformed row(s) in {malformed.Count} file(s) (first: {first.Path} line {first.FirstMalformedLine})";
        }
    }

    /// <summary>Books sorted by venue, ticker, account.</summary>
    public static IOrderedEnumerable<T> InBookOrder<T>(IEnumerable<T> books, Func<T, PairAccount> pair) => books
        .OrderBy(b => pair(b).Venue, StringComparer.Ordinal)
        .ThenBy(b => pair(b).Ticker, StringComparer.Ordinal)
        .ThenBy(b => pair(b).Account ?? "", StringComparer.Ordinal);

    public static TradeHistory Read(IEnumerable<string> paths, TimeZoneInfo zone, DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        From(paths.Select(p => TradesCsvReader.Read(p, zone)).ToList(), since, until);

    public static TradeHistory From(IReadOnlyList<TradesFile> files, DateTimeOffset? since = null, DateTimeOffset? until = null)
    {
        var books = InBookOrder(
                files.SelectMany(f => f.Fills).Where(f => (since is null || f.Time >= since) && (until is null || f.Time < until)).GroupBy(f => f.Pair),
                g => g.Key)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TradeFill>)g.OrderBy(f => f.Time).ToList());
        return new TradeHistory(files, books);
    }
}
