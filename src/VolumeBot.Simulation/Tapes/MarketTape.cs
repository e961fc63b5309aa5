using System.Text.Json;
using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Tapes;

/// <summary>A recorded live-data feed (see <see cref="TapeRecorder"/>), read and checked line by line.</summary>
public sealed class MarketTape
{
    private MarketTape(MarketRules rules, IReadOnlyList<TapeLine> lines)
    {
        Rules = rules;
        Lines = lines;
        Start = lines[0].At;
        Duration = lines[^1].At - Start;
    }

    public MarketRules Rules { get; }

    /// <summary>The books and trade answers in the order they were seen.</summary>
    public IReadOnlyList<TapeLine> Lines { get; }

    public DateTimeOffset Start { get; }

    /// <summary>From the first line to the last: how much market the tape holds.</summary>
    public TimeSpan Duration { get; }

    public static (MarketTape? Tape, string? Error) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path} not found");
        }

        try
        {
            return Read(File.ReadLines(path), path);
        }
        catch (IOException unreadable)
        {
            return (null, $"{path} cannot be read: {unreadable.Message}");
        }
    }

    public static (MarketTape? Tape, string? Error) Read(IEnumerable<string> text, string name)
    {
        var lines = new List<TapeLine>();
        MarketRules? rules = null;
        var number = 0;
        foreach (var raw in text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            TapeLine? line;
            try
            {
                line = JsonSerializer.Deserialize<TapeLine>(raw, TapeFormat.Json);
            }
            catch (JsonException invalid)
            {
                return (null, $"{name} line {number} is not a tape line ({invalid.Message})");
            }

            var parts = (line?.Rules is null ? 0 : 1) + (line?.Book is null ? 0 : 1) + (line?.Trades is null ? 0 : 1);
            if (line is null || line.At == default || parts != 1)
            {
                return (null, $"{name} line {number} is not a tape line: it needs a time (\"at\") and one of rules, book or trades");
            }

            if (lines.Count > 0 && line.At < lines[^1].At)
            {
                return (null, $"{name} line {number} goes back in time ({line.At:O} after {lines[^1].At:O})");
            }

            if (line.Book is { } book && (book.Bids is null || book.Asks is null))
            {
                return (null, $"{name} line {number}: a book needs bids and asks");
            }

            rules ??= line.Rules;
            lines.Add(line);
        }

        return rules is null ? (null, $"{name} is not a market tape: it has no market rules line (record one with --paper --live-data --record FILE)")
            : !lines.Any(l => l.Book is not null) ? (null, $"{name} has no order book")
            : (new MarketTape(rules, lines), null);
    }
}
