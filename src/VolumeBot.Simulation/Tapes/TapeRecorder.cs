using System.Text.Json;
using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Tapes;

/// <summary>
/// Records what a live-data feed answered, one JSON line per answer stamped with the clock, and passes it on unchanged:
/// the tape `simulate --tape` replays. Failed answers are not recorded (the replay keeps the last good one, as the
/// paper market keeps its last book).
/// </summary>
public sealed class TapeRecorder(IPublicMarketData inner, TextWriter tape, TimeProvider time) : IPublicMarketData
{
    private readonly object _gate = new();

    public static TapeRecorder ToFile(IPublicMarketData inner, string path, TimeProvider time) =>
        new(inner, new StreamWriter(path, append: false) { AutoFlush = true }, time);

    public async Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken)
    {
        var rules = await inner.GetMarketRulesAsync(cancellationToken);
        if (rules.IsSuccess)
        {
            Write(new TapeLine(time.GetUtcNow()) { Rules = rules.Value });
        }

        return rules;
    }

    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        var book = await inner.GetOrderBookAsync(depth, cancellationToken);
        if (book.IsSuccess)
        {
            Write(new TapeLine(time.GetUtcNow()) { Book = TapeBook.From(book.Value) });
        }

        return book;
    }

    public async Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken)
    {
        var trades = await inner.GetRecentTradesAsync(cancellationToken);
        if (trades.IsSuccess)
        {
            Write(new TapeLine(time.GetUtcNow()) { Trades = trades.Value });
        }

        return trades;
    }

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await tape.DisposeAsync();
    }

    private void Write(TapeLine line)
    {
        lock (_gate)
        {
            tape.WriteLine(JsonSerializer.Serialize(line, TapeFormat.Json));
        }
    }
}
