using VolumeBot.Core.Accounting;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>Issue 9 item 1: a run killed outright loses no fill from the journal.</summary>
public class CrashRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fills_made_after_the_journals_last_row_are_written_as_recovered_before_trading()
    {
        var ids = new ClientOrderIds(ScriptedVenue.DefaultKey, new Random(3));
        Fill Earlier(string fillId, string? clientOrderId, TimeSpan beforeStart) =>
            new(fillId, "v-" + fillId, clientOrderId, Side.Buy, 0.2m, 100m, 0.002m, LiquidityRole.Maker, Start - beforeStart);
        var written = Earlier("written", ids.Next(), TimeSpan.FromMinutes(10));
        var lostOpen = Earlier("lost-open", ids.Next(), TimeSpan.FromMinutes(9));
        var lostClose = Earlier("lost-close", ids.Next(), TimeSpan.FromMinutes(8)) with { Side = Side.Sell, Role = LiquidityRole.Taker };
        var manual = Earlier("manual", "my-manual-order", TimeSpan.FromMinutes(8));
        var longAgo = Earlier("long-ago", ids.Next(), TimeSpan.FromHours(3));
        var venue = new ScriptedVenue();
        venue.EarlierFills.AddRange([longAgo, written, lostOpen, lostClose, manual]);
        var journal = new ListJournal(new JournalTail(written.Time, new HashSet<string>(["written"], StringComparer.Ordinal)));
        var h = new BotHarness(BotHarness.Boost(), venue, journal: journal);

        var outcome = h.Run(async h =>
        {
            h.Venue.Emit(new FillReported(lostOpen)); // a late duplicate of a recovered fill
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
        });

        var rows = h.Journal.Records;
        Assert.Equal(["lost-open", "lost-close"], rows.Take(2).Select(r => r.FillId));
        Assert.All(rows.Take(2), r => Assert.Equal(CostLedger.RecoveredCloseMethod, r.CloseMethod));
        Assert.Equal(("OPEN", "CLOSE"), (rows[0].TradeRole, rows[1].TradeRole));
        Assert.Equal(4, rows.Count); // the two recovered, then this run's open and close
        Assert.DoesNotContain(rows, r => r.FillId is "written" or "manual" or "long-ago");
        Assert.Equal(2, outcome.Summary.Fills); // this run's figures are this run's fills
        Assert.True(h.Log.Contains("[RECOVER] 2 fills of an earlier run were not in the trades CSV"));
    }

    [Fact]
    public void A_journal_new_to_this_run_asks_the_venue_for_no_history()
    {
        var h = new BotHarness(BotHarness.Boost());
        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(0, h.Venue.FillHistoryReads);
    }

    [Fact]
    public void Fill_history_that_cannot_be_read_stops_the_start_before_any_order()
    {
        var venue = new ScriptedVenue { OnGetFillsSince = _ => VenueResult<IReadOnlyList<Fill>>.Fail(VenueErrorKind.Unavailable, "503") };
        var h = new BotHarness(BotHarness.Boost(), venue, journal: new ListJournal(new JournalTail(Start.AddHours(-1), new HashSet<string>())));

        var error = Assert.Throws<BotStartupException>(() => h.Run());

        Assert.Contains("fills since the trades CSV's last row", error.Message, StringComparison.Ordinal);
        Assert.Empty(venue.Placed);
    }

    [Fact]
    public void Boost_writes_the_open_fill_before_it_sends_the_close()
    {
        var venue = new ScriptedVenue { DropFillEvents = true }; // the open's fill reaches the bot over REST only
        var rowsWhenClosing = -1;
        var h = new BotHarness(BotHarness.Boost(), venue);
        venue.OnPlace = r =>
        {
            if (r.Kind == OrderKind.Market)
            {
                rowsWhenClosing = h.Journal.Records.Count;
            }

            return null;
        };

        h.Run(async h => h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m));

        Assert.Equal(1, rowsWhenClosing);
        Assert.Equal(2, h.Journal.Records.Count);
    }

    [Fact]
    public void Normal_mode_writes_the_open_fill_before_it_places_the_take_profit()
    {
        var venue = new ScriptedVenue { DropFillEvents = true };
        var rowsWhenTakingProfit = -1;
        var h = new BotHarness(BotHarness.Normal(), venue);
        venue.OnPlace = r =>
        {
            if (r.Side == Side.Sell)
            {
                rowsWhenTakingProfit = h.Journal.Records.Count;
            }

            return null;
        };

        h.Run(async h =>
        {
            h.Venue.Fill((await h.NextPlaced(OrderKind.PostOnly)).ClientOrderId, 1.0m);
            h.Venue.DropFillEvents = false;
            await h.FillTakeProfit(); // the cycle completes when its take-profit fills
        });

        Assert.Equal(1, rowsWhenTakingProfit);
    }
}
