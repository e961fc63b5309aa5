using VolumeBot.Core.Venue;
using VolumeBot.Grvt.Rest;
using VolumeBot.Grvt.Rest.Models;
using VolumeBot.Venues.Books;
using VolumeBot.Venues.Sockets;

namespace VolumeBot.Grvt.Socket;

/// <summary>
/// The instrument's book from the public market-data /ws/full socket (protocols/grvt.md §6.3): v1.book.d at 50 ms,
/// a snapshot first and then changed levels only (size 0 removes a level), numbered 1, 2, … A skipped number means
/// levels were missed: the book is dropped and the socket resubscribes for a new snapshot.
/// </summary>
internal sealed class GrvtBookStream : SocketProtocol
{
    public const string Stream = "v1.book.d";
    private const int RateMs = 50;

    private readonly StreamedBook _book;
    private readonly string _selector;
    private FeedSequence _sequence = new();
    private bool _snapshotSeen;

    public GrvtBookStream(string instrument, StreamedBook book)
    {
        _book = book;
        _selector = $"{instrument}@{RateMs}";
    }

    public int GapsDetected { get; private set; }

    public override async Task<string?> OpenAsync(SocketLink link, CancellationToken cancellationToken)
    {
        _sequence = new FeedSequence();
        _snapshotSeen = false;
        await link.SendTextAsync(FeedRequests.Subscribe(1, Stream, _selector), cancellationToken);
        return null;
    }

    public override string? OnMessage(ReadOnlySpan<byte> utf8)
    {
        switch (FeedMessage.Parse(utf8))
        {
            case ErrorMessage error:
                return $"{Stream} refused: code {error.Code}: {error.Message}";
            case Feed { Stream: Stream } feed:
                return Apply(feed);
            default:
                return null;
        }
    }

    public override void OnDown() => _book.Invalidate();

    private string? Apply(Feed feed)
    {
        switch (_sequence.Check(feed.Sequence))
        {
            case SequenceCheck.Duplicate:
                return null;
            case SequenceCheck.Gap:
                GapsDetected++;
                return $"sequence gap on {Stream}: {_sequence.Last} then {feed.Sequence}";
        }

        if (GrvtJson.Read(feed.FeedJson, GrvtJson.Default.BookWire) is not { } levels)
        {
            return null;
        }

        var bids = levels.Bids.Select(l => new BookLevel(l.Price, l.Size));
        var asks = levels.Asks.Select(l => new BookLevel(l.Price, l.Size));
        if (!_snapshotSeen || feed.Sequence == 0)
        {
            _snapshotSeen = true;
            _book.ReplaceLevels(bids, asks);
        }
        else
        {
            _book.ChangeLevels(bids, asks);
        }

        return null;
    }
}
