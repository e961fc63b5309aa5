namespace VolumeBot.Cli.Reports;

/// <summary>
/// What a trades CSV is about, read from its name: {exchange}_{TICKER}[_{ACCOUNT}]_orders.csv. Two accounts on the
/// same pair are two different books and are never added together.
/// </summary>
public sealed record PairAccount(string Venue, string Ticker, string? Account)
{
    private const string Suffix = "_orders.csv";

    public string Label => Account is null ? $"{Venue} {Ticker}" : $"{Venue} {Ticker} {Account}";

    public static PairAccount FromFileName(string path)
    {
        var name = Path.GetFileName(path);
        var stem = name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] : Path.GetFileNameWithoutExtension(name);
        var parts = stem.Split('_', 3);
        return parts.Length switch
        {
            1 => new PairAccount(parts[0].ToLowerInvariant(), "?", null),
            2 => new PairAccount(parts[0].ToLowerInvariant(), parts[1].ToUpperInvariant(), null),
            _ => new PairAccount(parts[0].ToLowerInvariant(), parts[1].ToUpperInvariant(), parts[2]),
        };
    }
}
