using System.Text.Json;
using Microsoft.Extensions.Logging;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex.Mapping;
using VolumeBot.Paradex.Rest;
using VolumeBot.Paradex.Rest.Models;
using VolumeBot.Paradex.Socket;
using VolumeBot.Venues.Books;

namespace VolumeBot.Paradex;

/// <summary>
/// The book from the stream: bbo.{market} for the touch and the depth-15 order_book snapshots for the levels, on
/// the account's socket, as SBE binary frames (JSON from a venue that still sends it). Reads are answered from it
/// while it is fresh; REST only when the stream is down, quiet for longer than <see cref="ParadexClientOptions.BookMaxAge"/> or the venue would not stream it.
/// </summary>
public sealed partial class ParadexClient
{
    /// <summary>Levels a side of the streamed book (the venue's snapshot depth).</summary>
    public const int StreamedBookDepth = 15;

    private static readonly TimeSpan FirstBookWait = TimeSpan.FromSeconds(2);

    /// <summary>Book or touch reads that went to REST because the stream had nothing fresh.</summary>
    public int BookReadsOverRest => Volatile.Read(ref _bookReadsOverRest);

    /// <summary>Book snapshots and deltas applied from the stream so far.</summary>
    public int BookStreamUpdates => _book.Updates;

    private string BboChannel => $"bbo.{Market}";

    private string BookChannel => $"order_book.{Market}.snapshot@{StreamedBookDepth}@50ms";

    public async Task<VenueResult<TopOfBook>> GetTopOfBookAsync(CancellationToken cancellationToken)
    {
        if (_book.FreshTop() is { } streamed)
        {
            return VenueResult<TopOfBook>.Ok(streamed);
        }

        Interlocked.Increment(ref _bookReadsOverRest);
        var bbo = await _rest.ExchangeData.BboAsync(Market, cancellationToken);
        if (!bbo.IsSuccess)
        {
            return bbo.Error;
        }

        var bid = WireDecimal.Parse(bbo.Value.Bid);
        var ask = WireDecimal.Parse(bbo.Value.Ask);
        return bid is > 0 && ask is > 0
            ? VenueResult<TopOfBook>.Ok(new TopOfBook(bid.Value, ask.Value))
            : VenueResult<TopOfBook>.Fail(VenueErrorKind.Unavailable, $"no bid/ask on {Market}");
    }

    /// <summary>From the stream up to its depth of 15 levels a side (deeper asks are answered with what it has).</summary>
    public async Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken)
    {
        if (_book.FreshBook(depth) is { } streamed)
        {
            return VenueResult<OrderBook>.Ok(streamed);
        }

        Interlocked.Increment(ref _bookReadsOverRest);
        var book = await _rest.ExchangeData.OrderBookAsync(Market, Math.Clamp(depth, 1, 100), cancellationToken);
        if (!book.IsSuccess)
        {
            return book.Error;
        }

        return VenueResult<OrderBook>.Ok(MarketMapping.ToBook(book.Value));
    }

    /// <summary>The first reads come from the stream when it gives a book within a moment; REST otherwise, never an error.</summary>
    private async Task WaitForBookAsync(CancellationToken cancellationToken)
    {
        if (_options.BookMaxAge <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await _book.FirstSync.WaitAsync(FirstBookWait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _log.LogWarning("Paradex streamed no book within {Seconds:0} s; reading the book over REST until it does", FirstBookWait.TotalSeconds);
        }
    }

    /// <summary>Applies a bbo or order_book message; false when the channel is not one of the book's.</summary>
    private bool OnBookData(string channel, JsonElement data)
    {
        if (channel == BboChannel)
        {
            if (data.Deserialize(ParadexJson.Default.BboStreamWire) is { } bbo
                && WireDecimal.Parse(bbo.Bid) is > 0 and var bid && WireDecimal.Parse(bbo.Ask) is > 0 and var ask)
            {
                _book.ReplaceTouch(new BookLevel(bid, WireDecimal.ParseOrZero(bbo.BidSize)), new BookLevel(ask, WireDecimal.ParseOrZero(bbo.AskSize)));
            }

            return true;
        }

        if (channel != BookChannel)
        {
            return false;
        }

        if (data.Deserialize(ParadexJson.Default.OrderBookStreamWire) is not { } update)
        {
            return true;
        }

        var changed = (update.Inserts ?? []).Concat(update.Updates ?? []).ToList();
        var deleted = (update.Deletes ?? []).Select(l => l with { Size = "0" });
        if (update.UpdateType is null or "s")
        {
            _book.ReplaceLevels(Levels(changed, "BUY"), Levels(changed, "SELL"));
        }
        else
        {
            var all = changed.Concat(deleted).ToList();
            _book.ChangeLevels(Levels(all, "BUY"), Levels(all, "SELL"));
        }

        return true;
    }

    /// <summary>Applies a bbo or order_book payload that came as SBE; another market's is ignored.</summary>
    private void OnBookData(SbeMarketData data)
    {
        switch (data)
        {
            case SbeBbo { Bid: { Price: > 0 } bid, Ask: { Price: > 0 } ask } bbo when bbo.Market == Market:
                _book.ReplaceTouch(bid, ask);
                break;
            case SbeBook { IsSnapshot: true } book when book.Market == Market:
                _book.ReplaceLevels(book.Bids.Where(l => l.Price > 0), book.Asks.Where(l => l.Price > 0));
                break;
            case SbeBook book when book.Market == Market:
                _book.ChangeLevels(book.Bids.Where(l => l.Price > 0), book.Asks.Where(l => l.Price > 0));
                break;
        }
    }

    private static IEnumerable<BookLevel> Levels(IEnumerable<BookLevelStreamWire> levels, string side) =>
        levels.Where(l => string.Equals(l.Side, side, StringComparison.OrdinalIgnoreCase) && WireDecimal.Parse(l.Price) is > 0)
            .Select(l => new BookLevel(WireDecimal.ParseOrZero(l.Price), WireDecimal.ParseOrZero(l.Size)));
}
