using VolumeBot.Core.Accounting;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>
/// Issue 11, the hot path: the trades CSV is written behind the bot (<see cref="QueuedJournal"/>), so an open's fill
/// row never holds up its close, and a kill between the close going out and the row reaching the disk loses no fill.
/// </summary>
public class CloseBeforeRowTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_close_goes_out_while_the_disk_has_not_written_the_open_fills_row()
    {
        using var disk = new HeldDisk();
        QueuedJournal? queued = null;
        var rowsOnDiskWhenClosing = -1;
        var h = new BotHarness(BotHarness.Boost(), journalOf: list => queued = new QueuedJournal(disk.Over(list)));
        h.Venue.OnPlace = r =>
        {
            if (r.Kind == OrderKind.Market)
            {
                rowsOnDiskWhenClosing = h.Journal.Records.Count;
            }

            return null;
        };

        var outcome = h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));
        disk.Release();
        queued!.Dispose();

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal(0, rowsOnDiskWhenClosing); // a disk that never answers would have held the close forever
        Assert.Equal(0, h.Venue.OrderQueries); // the open's fill came from the stream, not after a stalled pump
        Assert.Equal(["OPEN", "CLOSE"], h.Journal.Records.Select(r => r.TradeRole)); // every row taken is written at shutdown
    }

    [Fact]
    public async Task A_kill_after_the_close_went_out_and_before_the_rows_were_written_loses_no_fill()
    {
        using var disk = new HeldDisk(); // never released while the first run lives: its rows die with it
        var first = new BotHarness(BotHarness.Boost(), journalOf: list => new QueuedJournal(disk.Over(list)));
        first.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));
        Assert.Single(first.Venue.PlacedOf(OrderKind.Market)); // the close went out
        Assert.Empty(first.Journal.Records); // and no row reached the disk

        // the restart finds the CSV as the kill left it: a header, no rows, started when the first run started
        var restart = new BotHarness(BotHarness.Boost(), first.Venue, journal: new ListJournal(new JournalTail(Start, new HashSet<string>(StringComparer.Ordinal))));
        restart.Run(stop: new CancellationToken(canceled: true));

        var venueFills = (await first.Venue.GetFillsSinceAsync(Start, CancellationToken.None)).Value.Select(f => f.FillId);
        Assert.Equal(venueFills, restart.Journal.Records.Select(r => r.FillId)); // the CSV equals the venue's fills
        Assert.Equal(["OPEN", "CLOSE"], restart.Journal.Records.Select(r => r.TradeRole));
        Assert.All(restart.Journal.Records, r => Assert.Equal(CostLedger.RecoveredCloseMethod, r.CloseMethod));
        Assert.True(restart.Log.Contains("[RECOVER] 2 fills of an earlier run were not in the trades CSV"), restart.Log.ToString());
    }

    /// <summary>A disk that takes no write until released (a slow or stalled disk, or one the process dies before reaching).</summary>
    private sealed class HeldDisk : IDisposable
    {
        private readonly ManualResetEventSlim _released = new();

        public ITradeJournal Over(ListJournal rows) => new Writer(rows, _released);

        public void Release() => _released.Set();

        public void Dispose()
        {
            _released.Set(); // lets a writer thread of a "killed" run finish, after the test has looked
            _released.Dispose();
        }

        private sealed class Writer(ListJournal rows, ManualResetEventSlim released) : ITradeJournal
        {
            public JournalTail Tail => rows.Tail;

            public void Append(TradeRecord record)
            {
                if (!released.Wait(TimeSpan.FromSeconds(60)))
                {
                    throw new TimeoutException("the bot waited a minute for a disk that takes no write");
                }

                rows.Append(record);
            }
        }
    }
}
