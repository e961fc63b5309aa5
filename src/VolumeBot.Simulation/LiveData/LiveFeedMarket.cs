using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Market;

namespace VolumeBot.Simulation.LiveData;

/// <summary>
/// A market that mirrors a venue's live public data: each step takes the newest book snapshot and turns the public
/// trades since the last step into other traders' flow, so paper orders fill as they would have on the venue.
/// </summary>
public sealed class LiveFeedMarket : IMarket
{
    private readonly object _gate = new();
    private OrderBook? _pendingBook;
    private List<PublicTrade> _pendingTrades = [];
    private BookLevel[] _bids = [];
    private BookLevel[] _asks = [];

    public LiveFeedMarket(TimeSpan stepInterval)
    {
        StepInterval = stepInterval;
    }

    /// <summary>The venue's rules for the market, known once the feed has been asked (before any order).</summary>
    public MarketRules Rules { get; set; } = new("pending", 0m, 0m, 0m, 0m);

    public TimeSpan StepInterval { get; }

    public decimal BestBid => _bids.Length > 0 ? _bids[0].Price : 0m;

    public decimal BestAsk => _asks.Length > 0 ? _asks[0].Price : 0m;

    public bool HasBook => _bids.Length > 0 && _asks.Length > 0;

    /// <summary>Hands over what the feed saw; applied at the next step.</summary>
    public void Publish(OrderBook book, IEnumerable<PublicTrade> trades)
    {
        lock (_gate)
        {
            _pendingBook = book;
            _pendingTrades.AddRange(trades);
        }
    }

    public int LevelCount(Side bookSide) => Levels(bookSide).Length;

    public decimal LevelPrice(Side bookSide, int level) => Levels(bookSide)[level].Price;

    public decimal LevelSize(Side bookSide, int level) => Levels(bookSide)[level].Size;

    public OrderBook Book(int depth) => new(_bids.Take(depth).ToList(), _asks.Take(depth).ToList());

    public decimal Consume(Side takerSide, int level, decimal size)
    {
        var levels = Levels(takerSide.Opposite());
        var taken = Math.Min(size, levels[level].Size);
        levels[level] = levels[level] with { Size = levels[level].Size - taken };
        return taken;
    }

    public IReadOnlyList<TakerFlow> Step()
    {
        OrderBook? book;
        List<PublicTrade> trades;
        lock (_gate)
        {
            book = _pendingBook;
            trades = _pendingTrades;
            _pendingBook = null;
            _pendingTrades = [];
        }

        if (book is not null)
        {
            _bids = [.. book.Bids];
            _asks = [.. book.Asks];
        }

        return trades.Select(t => new TakerFlow(t.TakerSide, t.Size, t.Price)).ToList();
    }

    private BookLevel[] Levels(Side bookSide) => bookSide == Side.Buy ? _bids : _asks;
}
