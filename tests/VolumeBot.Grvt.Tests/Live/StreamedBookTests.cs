using VolumeBot.Grvt.Tests.Support;

namespace VolumeBot.Grvt.Tests.Live;

/// <summary>The book from the market-data v1.book.d stream; REST only while the stream cannot answer.</summary>
public class StreamedBookTests
{
    [Fact]
    public async Task Reads_of_the_book_and_the_touch_come_from_the_stream_without_a_rest_request()
    {
        await using var venue = await GrvtTestVenue.StartAsync();

        for (var i = 0; i < 10; i++)
        {
            var top = await venue.Client.GetTopOfBookAsync(CancellationToken.None);
            var book = await venue.Client.GetOrderBookAsync(20, CancellationToken.None);
            Assert.True(top.Value.IsUsable);
            Assert.Equal(book.Value.Bids.Select(l => l.Price).OrderDescending(), book.Value.Bids.Select(l => l.Price));
            Assert.Equal(book.Value.Asks.Select(l => l.Price).Order(), book.Value.Asks.Select(l => l.Price));
        }

        Assert.Equal((0, 0), (venue.Emulator.Requests("book"), venue.Client.BookReadsOverRest));
        Assert.Equal(1, venue.Emulator.BookStreamConnections);
    }

    [Fact]
    public async Task A_gap_in_the_book_stream_drops_the_book_and_the_stream_resubscribes_for_a_new_snapshot()
    {
        await using var venue = await GrvtTestVenue.StartAsync();

        await Wait.UntilAsync(() => venue.Client.BookStreamUpdates >= 3, "a few book deltas");
        venue.Emulator.SkipNextBookMessage();

        await Wait.UntilAsync(() => venue.Emulator.BookStreamConnections == 2, "the resubscription after the gap", 30);
        for (var streamed = false; !streamed;)
        {
            var before = venue.Emulator.Requests("book");
            var book = await venue.Client.GetOrderBookAsync(10, CancellationToken.None);
            Assert.True(book.Value.Top!.IsUsable);
            streamed = venue.Emulator.Requests("book") == before;
        }

        Assert.Equal(2, venue.Client.BookStreamConnections);
    }
}
