using VolumeBot.Core.Venue;

namespace VolumeBot.Venues.Books;

/// <summary>
/// The market's book as the venue's stream last told it, so the close is priced without a REST round trip. It is
/// only answered while it is fresh: synced since the last (re)subscription, no gap since, and updated within
/// <see cref="MaxAge"/>. Anything else (a drop, a gap, a quiet or dead stream) makes the caller read REST instead.
/// Levels are replaced whole by a snapshot or changed one by one by a delta (size 0 removes a level); a touch-only
/// update (BBO) newer than the levels trims the levels that are better than it.
/// </summary>
public sealed class StreamedBook
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly SortedDictionary<decimal, decimal> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, decimal> _asks = new();
    private TopOfBook? _touch;
    private DateTimeOffset _touchAt;
    private DateTimeOffset _levelsAt;
    private bool _levelsSynced;
    private bool _touchSynced;
    private int _updates;
    private decimal _bidSizeAtTouch;
    private decimal _askSizeAtTouch;
    private readonly TaskCompletionSource _firstSync = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StreamedBook(TimeSpan maxAge, TimeProvider time)
    {
        MaxAge = maxAge;
        _time = time;
    }

    /// <summary>How old the stream's last word may be; zero answers nothing from the stream (every read goes to REST).</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>Completes when the stream first gave the levels or the touch.</summary>
    public Task FirstSync => _firstSync.Task;

    /// <summary>Snapshots and deltas applied, for diagnostics.</summary>
    public int Updates => Volatile.Read(ref _updates);

    /// <summary>Books answered from the stream, for diagnostics.</summary>
    public int StreamAnswers { get; private set; }

    /// <summary>The stream is down or lost data: nothing it said is trusted until the next snapshot.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _levelsSynced = false;
            _touchSynced = false;
            _bids.Clear();
            _asks.Clear();
            _touch = null;
        }
    }

    public void ReplaceLevels(IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks)
    {
        lock (_gate)
        {
            _bids.Clear();
            _asks.Clear();
            Apply(_bids, bids);
            Apply(_asks, asks);
            _levelsSynced = true;
            _levelsAt = _time.GetUtcNow();
            _updates++;
        }

        _firstSync.TrySetResult();
    }

    /// <summary>Changed levels only; ignored until a snapshot has synced the book.</summary>
    public void ChangeLevels(IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks)
    {
        lock (_gate)
        {
            if (!_levelsSynced)
            {
                return;
            }

            Apply(_bids, bids);
            Apply(_asks, asks);
            _levelsAt = _time.GetUtcNow();
            _updates++;
        }
    }

    /// <summary>A best bid and ask with their sizes (Paradex bbo.{market}).</summary>
    public void ReplaceTouch(BookLevel bid, BookLevel ask)
    {
        lock (_gate)
        {
            _bidSizeAtTouch = bid.Size;
            _askSizeAtTouch = ask.Size;
            _touch = new TopOfBook(bid.Price, ask.Price);
            _touchSynced = true;
            _touchAt = _time.GetUtcNow();
        }

        _firstSync.TrySetResult();
    }

    /// <summary>The freshest touch the stream gave (a BBO or the levels' best), or null when it is not fresh.</summary>
    public TopOfBook? FreshTop()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var levels = LevelsFresh(now) && _bids.Count > 0 && _asks.Count > 0 ? new TopOfBook(_bids.First().Key, _asks.First().Key) : null;
            var touch = TouchFresh(now) ? _touch : null;
            var top = touch is not null && (levels is null || _touchAt >= _levelsAt) ? touch : levels;
            if (top is { IsUsable: true })
            {
                StreamAnswers++;
                return top;
            }

            return null;
        }
    }

    /// <summary>Up to <paramref name="depth"/> levels a side, or null when the levels are not fresh.</summary>
    public OrderBook? FreshBook(int depth)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!LevelsFresh(now))
            {
                return null;
            }

            IEnumerable<KeyValuePair<decimal, decimal>> bids = _bids;
            IEnumerable<KeyValuePair<decimal, decimal>> asks = _asks;
            if (TouchFresh(now) && _touch is { } touch && _touchAt > _levelsAt)
            {
                // a newer touch than the levels: levels better than it are gone, its own level has its size
                bids = bids.Where(l => l.Key < touch.BestBid).Prepend(new(touch.BestBid, _bidSizeAtTouch));
                asks = asks.Where(l => l.Key > touch.BestAsk).Prepend(new(touch.BestAsk, _askSizeAtTouch));
            }

            var book = new OrderBook(
                bids.Take(depth).Select(l => new BookLevel(l.Key, l.Value)).ToList(),
                asks.Take(depth).Select(l => new BookLevel(l.Key, l.Value)).ToList());
            if (book.Top is not { IsUsable: true })
            {
                return null;
            }

            StreamAnswers++;
            return book;
        }
    }

    private bool LevelsFresh(DateTimeOffset now) => _levelsSynced && MaxAge > TimeSpan.Zero && now - _levelsAt <= MaxAge;

    private bool TouchFresh(DateTimeOffset now) => _touchSynced && MaxAge > TimeSpan.Zero && now - _touchAt <= MaxAge;

    private static void Apply(SortedDictionary<decimal, decimal> side, IEnumerable<BookLevel> levels)
    {
        foreach (var level in levels)
        {
            if (level.Size <= 0)
            {
                side.Remove(level.Price);
            }
            else
            {
                side[level.Price] = level.Size;
            }
        }
    }
}
