using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Tapes;

/// <summary>
/// Replays a <see cref="MarketTape"/> as a venue's public market data on the given clock: each call answers with what
/// the venue had answered at the same time into the recording (the first answer before it). Paper trading on it runs
/// through the same live-data pump and fill rules as `--paper --live-data`.
/// </summary>
public sealed class TapeFeed : IPublicMarketData
{
    private readonly MarketTape _tape;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _replayStart;
    private readonly (TimeSpan At, OrderBook Book)[] _books;
    private readonly (TimeSpan At, IReadOnlyList<PublicTrade> Trades)[] _trades;

    public TapeFeed(MarketTape tape, TimeProvider time)
    {
        _tape = tape;
        _time = time;
        _replayStart = time.GetUtcNow();
        _books = [.. tape.Lines.Where(l => l.Book is not null).Select(l => (l.At - tape.Start, l.Book!.ToBook()))];
        _trades = [.. tape.Lines.Where(l => l.Trades is not null).Select(l => (l.At - tape.Start, l.Trades!))];
    }

    /// <summary>When the tape has been played to its end.</summary>
    public DateTimeOffset End => _replayStart + _tape.Duration;

    public Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(VenueResult<MarketRules>.Ok(_tape.Rules));

    public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        var book = AtNow(_books);
        return Task.FromResult(VenueResult<OrderBook>.Ok(new OrderBook(book.Bids.Take(depth).ToList(), book.Asks.Take(depth).ToList())));
    }

    public Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(VenueResult<IReadOnlyList<PublicTrade>>.Ok(_trades.Length == 0 ? [] : AtNow(_trades)));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The last answer recorded at or before this point of the replay (binary search: tapes run to hours).</summary>
    private T AtNow<T>((TimeSpan At, T Value)[] answers)
    {
        var into = _time.GetUtcNow() - _replayStart;
        int low = 0, high = answers.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (answers[middle].At <= into)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return answers[low].Value;
    }
}
