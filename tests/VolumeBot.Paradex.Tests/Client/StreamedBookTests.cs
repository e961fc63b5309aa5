using VolumeBot.Core.Venue;
using VolumeBot.Emulators.Paradex;
using VolumeBot.Paradex.Tests.Support;

namespace VolumeBot.Paradex.Tests.Client;

/// <summary>The book and the touch from the bbo and order_book channels, REST only while the stream cannot answer.</summary>
public sealed class StreamedBookTests
{
    [Fact]
    public async Task Reads_of_the_book_and_the_touch_come_from_the_stream_without_a_rest_request()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        for (var i = 0; i < 10; i++)
        {
            var top = await client.GetTopOfBookAsync(CancellationToken.None);
            var book = await client.GetOrderBookAsync(20, CancellationToken.None);
            Assert.True(top.Value.IsUsable);
            Assert.InRange(book.Value.Bids.Count, 1, ParadexClient.StreamedBookDepth);
        }

        Assert.Equal(2, emulator.Stats.PublicSubscriptions);
        Assert.Equal(0, emulator.Stats.BookReads);
        Assert.Equal(0, client.BookReadsOverRest);
    }

    [Fact]
    public async Task The_book_and_the_touch_arrive_as_sbe_binary_frames_matching_the_venue_book()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        var top = await client.GetTopOfBookAsync(CancellationToken.None);
        var book = await client.GetOrderBookAsync(ParadexClient.StreamedBookDepth, CancellationToken.None);

        var venue = emulator.Engine().Book(ParadexClient.StreamedBookDepth);
        Assert.Equal(venue.Bids[0].Price, top.Value.BestBid);
        Assert.Equal(venue.Asks[0].Price, top.Value.BestAsk);
        Assert.Equal(venue.Bids, book.Value.Bids);
        Assert.Equal(venue.Asks, book.Value.Asks);
        Assert.True(emulator.Stats.SbeBookFrames >= 2);
        Assert.Equal(0, emulator.Stats.JsonBookMessages);
        Assert.Equal(0, client.BookReadsOverRest);
    }

    [Fact]
    public async Task An_sbe_book_delta_changes_removes_and_adds_levels_of_the_streamed_book_and_moves_its_top()
    {
        // no periodic snapshots: after the first one, only the delta sent here changes the client's book
        await using var emulator = await ParadexEmulator.StartAsync(new ParadexEmulatorOptions { BookStreamInterval = TimeSpan.FromHours(1) });
        await using var client = await ParadexTestClients.ConnectedAsync(emulator, o => o with { BookMaxAge = TimeSpan.FromMinutes(5) });
        await PollAsync(() => Task.FromResult(client.BookStreamUpdates == 1), "the first snapshot");
        var before = (await client.GetOrderBookAsync(ParadexClient.StreamedBookDepth, CancellationToken.None)).Value;
        Assert.True(before.Bids.Count >= 3 && before.Asks.Count >= 3, $"{before.Bids.Count} bids, {before.Asks.Count} asks");
        var added = new BookLevel(before.Asks[^1].Price + 100m, 1.25m);

        var receivers = await emulator.PublishBookDeltaAsync(
            bids: [before.Bids[0] with { Size = 0m }, before.Bids[1] with { Size = 7.5m }],
            asks: [before.Asks[0] with { Size = 0m }, added]);
        await PollAsync(() => Task.FromResult(client.BookStreamUpdates == 2), "the delta");

        Assert.Equal(1, receivers);
        var after = (await client.GetOrderBookAsync(ParadexClient.StreamedBookDepth + 1, CancellationToken.None)).Value;
        Assert.Equal([before.Bids[1] with { Size = 7.5m }, .. before.Bids.Skip(2)], after.Bids);
        Assert.Equal([.. before.Asks.Skip(1), added], after.Asks);
        var top = (await client.GetTopOfBookAsync(CancellationToken.None)).Value;
        Assert.Equal(new TopOfBook(before.Bids[1].Price, before.Asks[1].Price), top);
        Assert.Equal(0, client.BookReadsOverRest);
        Assert.Equal(0, emulator.Stats.BookReads);
    }

    [Fact]
    public async Task A_binary_frame_of_a_template_the_client_does_not_read_is_ignored_and_the_stream_stays_up()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        emulator.Faults.SendUnknownSbeFrames(3);
        await PollAsync(() => Task.FromResult(emulator.Faults.UnknownSbeFramesSent == 3), "the unknown frames");
        var framesBefore = emulator.Stats.SbeBookFrames;
        await PollAsync(() => Task.FromResult(emulator.Stats.SbeBookFrames > framesBefore), "a book frame after them");

        var top = await client.GetTopOfBookAsync(CancellationToken.None);
        Assert.True(top.Value.IsUsable);
        Assert.Equal(0, client.StreamRestorations);
        Assert.Equal(1, emulator.Stats.WebSocketConnections);
        Assert.Equal(0, client.BookReadsOverRest);
    }

    [Fact]
    public async Task While_the_stream_is_down_the_book_is_read_over_rest_and_streamed_again_once_it_is_back()
    {
        await using var emulator = await ParadexEmulator.StartAsync();
        await using var client = await ParadexTestClients.ConnectedAsync(emulator);

        emulator.Faults.DropWebSockets(TimeSpan.FromSeconds(1));
        await PollAsync(async () => (await client.GetOrderBookAsync(5, CancellationToken.None)).Value.Top!.IsUsable && client.BookReadsOverRest > 0, "a read over REST while the stream is down");

        Assert.Equal(client.BookReadsOverRest, emulator.Stats.BookReads);
        await PollAsync(() => Task.FromResult(client.StreamRestorations == 1), "the reconnect");
        await PollAsync(
            async () =>
            {
                var before = emulator.Stats.BookReads;
                await client.GetTopOfBookAsync(CancellationToken.None);
                await client.GetOrderBookAsync(20, CancellationToken.None);
                return emulator.Stats.BookReads == before;
            },
            "the streamed book again");
    }

    private static async Task PollAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(10);
        }
    }
}
