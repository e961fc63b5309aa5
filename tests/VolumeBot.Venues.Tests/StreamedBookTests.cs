using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Venue;
using VolumeBot.Venues.Books;

namespace VolumeBot.Venues.Tests;

public class StreamedBookTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-05T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_snapshot_is_answered_until_the_stream_has_been_quiet_for_longer_than_the_max_age()
    {
        var book = new StreamedBook(TimeSpan.FromSeconds(5), _time);
        book.ReplaceLevels([new(100m, 1m), new(99m, 2m)], [new(101m, 1m), new(102m, 3m)]);

        Assert.Equal(new TopOfBook(100m, 101m), book.FreshTop());
        Assert.Equal([new BookLevel(100m, 1m)], book.FreshBook(1)!.Bids);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.NotNull(book.FreshBook(20));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(book.FreshBook(20));
        Assert.Null(book.FreshTop());
    }

    [Fact]
    public void Nothing_is_answered_before_a_snapshot_nor_after_the_stream_went_down()
    {
        var book = new StreamedBook(TimeSpan.FromSeconds(5), _time);
        book.ChangeLevels([new(100m, 1m)], [new(101m, 1m)]);
        Assert.Null(book.FreshBook(5)); // a delta without a snapshot says nothing about the rest of the book

        book.ReplaceLevels([new(100m, 1m)], [new(101m, 1m)]);
        book.Invalidate();

        Assert.Null(book.FreshBook(5));
        Assert.Null(book.FreshTop());
    }

    [Fact]
    public void Deltas_change_levels_and_a_size_of_zero_removes_one()
    {
        var book = new StreamedBook(TimeSpan.FromSeconds(5), _time);
        book.ReplaceLevels([new(100m, 1m), new(99m, 2m)], [new(101m, 1m)]);

        book.ChangeLevels([new(100m, 0m), new(99m, 5m), new(98m, 1m)], [new(100.5m, 2m)]);

        var levels = book.FreshBook(10)!;
        Assert.Equal([new BookLevel(99m, 5m), new BookLevel(98m, 1m)], levels.Bids);
        Assert.Equal([new BookLevel(100.5m, 2m), new BookLevel(101m, 1m)], levels.Asks);
    }

    [Fact]
    public void A_newer_touch_than_the_levels_is_the_top_and_trims_the_levels_it_passed()
    {
        var book = new StreamedBook(TimeSpan.FromSeconds(5), _time);
        book.ReplaceLevels([new(100m, 1m), new(99m, 2m)], [new(101m, 1m), new(102m, 3m)]);
        _time.Advance(TimeSpan.FromMilliseconds(10));

        book.ReplaceTouch(new BookLevel(99m, 0.5m), new BookLevel(101.5m, 4m));

        Assert.Equal(new TopOfBook(99m, 101.5m), book.FreshTop());
        var levels = book.FreshBook(10)!;
        Assert.Equal([new BookLevel(99m, 0.5m)], levels.Bids);
        Assert.Equal([new BookLevel(101.5m, 4m), new BookLevel(102m, 3m)], levels.Asks);
    }

    [Fact]
    public void A_max_age_of_zero_never_answers_from_the_stream()
    {
        var book = new StreamedBook(TimeSpan.Zero, _time);
        book.ReplaceLevels([new(100m, 1m)], [new(101m, 1m)]);

        Assert.Null(book.FreshBook(1));
        Assert.Null(book.FreshTop());
    }
}
