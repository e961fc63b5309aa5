namespace VolumeBot.Cli.Reports;

/// <summary>The fills of one trades CSV (none kept when they were streamed) and what was left out of them.</summary>
/// <param name="MalformedRows">Rows that do not parse (too few fields, bad number, time or side); skipped.</param>
/// <param name="DuplicateRows">Rows that describe a fill already counted (see <see cref="TradesCsvReader"/>).</param>
/// <param name="OrderEventRows">Rows that are not fills (CANCELED and other order events); not volume.</param>
public sealed record TradesFile(
    string Path,
    PairAccount Pair,
    IReadOnlyList<TradeFill> Fills,
    int MalformedRows,
    int DuplicateRows,
    int OrderEventRows,
    long? FirstMalformedLine,
    string? ReadError);
