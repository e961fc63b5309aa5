using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Simulation.Tests;

public class MarketTapeTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static OrderBook Book(decimal bid) => new([new BookLevel(bid, 0.5m), new BookLevel(bid - 0.1m, 1.25m)], [new BookLevel(bid + 0.1m, 0.75m)]);

    private static async Task<string> RecordAsync()
    {
        var time = new FakeTimeProvider(Recorded);
        var venue = new ChangingFeed();
        var text = new StringWriter();
        await using var recorder = new TapeRecorder(venue, text, time);
        await recorder.GetMarketRulesAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            venue.Bid = 100m + i;
            venue.Trades = [new PublicTrade($"t{i}", Side.Sell, venue.Bid, 0.1m * (i + 1), time.GetUtcNow())];
            var answered = await recorder.GetOrderBookAsync(20, CancellationToken.None);
            Assert.Equal(Book(venue.Bid), answered.Value with { }, new BookComparer()); // passed on unchanged
            await recorder.GetRecentTradesAsync(CancellationToken.None);
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        venue.Fail = true;
        await recorder.GetOrderBookAsync(20, CancellationToken.None);
        return text.ToString();
    }

    [Fact]
    public async Task Recorder_writes_one_line_per_answer_and_none_for_a_failed_one()
    {
        var lines = (await RecordAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length); // rules + 3 books + 3 trade answers
        Assert.StartsWith("{\"at\":\"2026-12-01T10:00:00+00:00\",\"rules\":{\"symbol\":\"BTC-USD-PERP\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_answers_what_the_venue_answered_at_the_same_time_into_the_recording()
    {
        var (tape, error) = MarketTape.Read((await RecordAsync()).Split('\n'), "tape");
        Assert.Null(error);
        Assert.Equal(TimeSpan.FromMilliseconds(1000), tape!.Duration);

        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var replay = new TapeFeed(tape, clock);
        Assert.Equal("BTC-USD-PERP", (await replay.GetMarketRulesAsync(CancellationToken.None)).Value.Symbol);
        var bids = new List<decimal>();
        var trades = new List<string>();
        foreach (var step in new[] { 0, 499, 1, 500, 10_000 })
        {
            clock.Advance(TimeSpan.FromMilliseconds(step));
            bids.Add((await replay.GetOrderBookAsync(20, CancellationToken.None)).Value.Bids[0].Price);
            trades.Add(Assert.Single((await replay.GetRecentTradesAsync(CancellationToken.None)).Value).Id);
        }

        Assert.Equal([100m, 100m, 101m, 102m, 102m], bids);
        Assert.Equal(["t0", "t0", "t1", "t2", "t2"], trades);
        Assert.Equal(clock.GetUtcNow() - TimeSpan.FromMilliseconds(11_000) + tape.Duration, replay.End);
        Assert.Single((await replay.GetOrderBookAsync(1, CancellationToken.None)).Value.Bids); // depth as asked
        Assert.Equal(1.25m, (await replay.GetOrderBookAsync(20, CancellationToken.None)).Value.Bids[1].Size); // sizes exact
    }

    [Theory]
    [InlineData("{\"at\":\"2026-12-01T10:00:01Z\",\"book\":{\"bids\":[],\"asks\":[]}}", "no market rules line")]
    [InlineData("{\"rules\":{\"symbol\":\"X\",\"tickSize\":0.1,\"sizeIncrement\":1,\"minSize\":1,\"minNotional\":1}}", "line 1 is not a tape line")]
    [InlineData("{\"at\":\"2026-12-01T10:00:01Z\",\"rules\":{\"symbol\":\"X\",\"tickSize\":0.1,\"sizeIncrement\":1,\"minSize\":1,\"minNotional\":1}}\n{\"at\":\"2026-12-01T10:00:00Z\",\"book\":{\"bids\":[],\"asks\":[]}}", "line 2 goes back in time")]
    [InlineData("{\"at\":\"2026-12-01T10:00:01Z\",\"rules\":{\"symbol\":\"X\",\"tickSize\":0.1,\"sizeIncrement\":1,\"minSize\":1,\"minNotional\":1}}", "has no order book")]
    [InlineData("{\"at\":\"2026-12-01T10:00:01Z\",\"rules\":{\"symbol\":\"X\",\"tickSize\":0.1,\"sizeIncrement\":1,\"minSize\":1,\"minNotional\":1}}\n[1,2]", "line 2 is not a tape line")]
    public void A_bad_tape_says_which_line_and_why(string text, string expected)
    {
        var (tape, error) = MarketTape.Read(text.Split('\n'), "t.jsonl");
        Assert.Null(tape);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith("t.jsonl ", error, StringComparison.Ordinal);
    }

    private sealed class BookComparer : IEqualityComparer<OrderBook>
    {
        public bool Equals(OrderBook? x, OrderBook? y) => x!.Bids.SequenceEqual(y!.Bids) && x.Asks.SequenceEqual(y.Asks);

        public int GetHashCode(OrderBook obj) => 0;
    }

    private sealed class ChangingFeed : IPublicMarketData
    {
        public decimal Bid { get; set; } = 100m;

        public bool Fail { get; set; }

        public IReadOnlyList<PublicTrade> Trades { get; set; } = [];

        public Task<VenueResult<MarketRules>> GetMarketRulesAsync(CancellationToken cancellationToken) =>
            Task.FromResult(VenueResult<MarketRules>.Ok(new MarketRules("BTC-USD-PERP", 0.1m, 0.001m, 0.001m, 10m)));

        public Task<VenueResult<OrderBook>> GetOrderBookAsync(int depth, CancellationToken cancellationToken) =>
            Task.FromResult(Fail ? VenueResult<OrderBook>.Fail(VenueErrorKind.Unavailable, "503") : VenueResult<OrderBook>.Ok(Book(Bid)));

        public Task<VenueResult<IReadOnlyList<PublicTrade>>> GetRecentTradesAsync(CancellationToken cancellationToken) =>
            Task.FromResult(VenueResult<IReadOnlyList<PublicTrade>>.Ok(Trades));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
