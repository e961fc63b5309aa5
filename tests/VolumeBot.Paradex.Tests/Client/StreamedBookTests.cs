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
