using Microsoft.Extensions.Time.Testing;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Tests.Support;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Hedging;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Tests.Trading;

/// <summary>--hedge-exchange: an open on one scripted venue hedged on another, on fake time.</summary>
public class HedgedStrategyTests
{
    private static readonly MarketRules Rules = new("TEST-USD-PERP", 0.1m, 0.1m, 0.1m, 0m);

    private static BotSettings Hedged() => BotHarness.Boost() with
    {
        Boost = false,
        Strategy = "hedge",
        CloseTactic = "maker-first",
        HedgeVenue = "grvt",
        HoldTime = TimeSpan.FromSeconds(60),
    };

    [Fact]
    public void Each_fill_of_the_open_is_hedged_at_once_then_both_legs_are_held_and_the_hedge_leg_follows_the_maker_unwind()
    {
        var h = new HedgeHarness();
        var hedgedWhilePartlyOpen = false;
        var exposureAfterHedge = -1m;
        var unwindAfter = TimeSpan.Zero;
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 0.4m);
            var first = await h.NextPlaced(h.Other, OrderKind.ImmediateOrCancel);
            await h.Until(() => h.Other.Position == -0.4m);
            hedgedWhilePartlyOpen = h.Primary.Order(open.ClientOrderId).Status == OrderStatus.PartiallyFilled && first.Quantity == 0.4m && !first.ReduceOnly;
            exposureAfterHedge = h.Primary.Position + h.Other.Position;
            h.Primary.Fill(open.ClientOrderId, 0.6m);
            await h.NextPlaced(h.Other, OrderKind.ImmediateOrCancel, 1);
            var hedgedAt = h.Time.GetUtcNow();
            var close = await h.NextPostOnly(h.Primary, Side.Sell);
            unwindAfter = h.Time.GetUtcNow() - hedgedAt;
            await h.FillUnwinds();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.True(hedgedWhilePartlyOpen, "the first fill is hedged while the rest of the open still rests");
        Assert.Equal(0m, exposureAfterHedge);
        Assert.InRange(unwindAfter, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(62));
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
        Assert.Empty(h.Other.PlacedOf(OrderKind.PostOnly)); // the hedge leg never rests: it follows the runner's maker fills
        var follow = h.Other.PlacedOf(OrderKind.ImmediateOrCancel)[2];
        Assert.Equal((Side.Buy, 1.0m, true), (follow.Side, follow.Quantity, follow.ReduceOnly));
        Assert.Empty(h.Primary.PlacedOf(OrderKind.Market));
        Assert.Equal(3, h.OtherJournal.Records.Count); // two hedges and the unwind, in the hedge venue's own CSV
        Assert.Equal(3, h.PrimaryJournal.Records.Count); // the open's two fills and the unwind
    }

    [Fact]
    public void Each_fill_of_the_runners_maker_unwind_is_followed_at_once_so_net_exposure_stays_within_that_fill()
    {
        var h = new HedgeHarness();
        var exposures = new List<decimal>();
        var followedWithin = new List<TimeSpan>();
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 0.4m); // a partial-fill open: two hedges of 0.4 and 0.6
            await h.Until(() => h.Other.Position == -0.4m);
            h.Primary.Fill(open.ClientOrderId, 0.6m);
            await h.Until(() => h.Other.Position == -1.0m);
            var close = await h.NextPostOnly(h.Primary, Side.Sell);
            await h.Until(() => h.Primary.Order(close.ClientOrderId).Status == OrderStatus.Open);
            foreach (var piece in new[] { 0.3m, 0.7m })
            {
                h.Primary.Fill(close.ClientOrderId, piece);
                exposures.Add(Math.Abs(h.Primary.Position + h.Other.Position));
                var filledAt = h.Time.GetUtcNow();
                await h.Until(() => h.Other.Position == -h.Primary.Position);
                followedWithin.Add(h.Time.GetUtcNow() - filledAt);
            }
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Equal([0.3m, 0.7m], exposures); // at most the fill being followed, never the whole quantity
        Assert.All(followedWithin, t => Assert.True(t < TimeSpan.FromSeconds(1), $"followed after {t}"));
        Assert.Equal([0.3m, 0.7m], h.Other.PlacedOf(OrderKind.ImmediateOrCancel).Skip(2).Select(o => o.Quantity));
        Assert.All(h.Other.PlacedOf(OrderKind.ImmediateOrCancel).Skip(2), o => Assert.True(o.ReduceOnly && o.Side == Side.Buy));
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
    }

    [Fact]
    public void An_unwind_the_hedge_venue_cannot_follow_takes_the_runners_leg_at_once_and_halts()
    {
        var h = new HedgeHarness();
        var followFailedAt = DateTimeOffset.MinValue;
        var marketRefusals = 0;
        var outcome = h.Run(async h =>
        {
            await h.OpenHedged();
            var close = await h.NextPostOnly(h.Primary, Side.Sell);
            await h.Until(() => h.Primary.Order(close.ClientOrderId).Status == OrderStatus.Open);
            h.Other.IocFill = _ => (0m, 0m);
            h.Other.OnPlace = r => r.Kind == OrderKind.Market && marketRefusals++ < new BotTimings().CloseAttempts ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Rejected, "market closed") : (VenueResult<OrderSnapshot>?)null;
            h.Primary.Fill(close.ClientOrderId, 0.3m);
            await h.Until(() => marketRefusals > 0);
            followFailedAt = h.Time.GetUtcNow();
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.Detail.Contains("could not follow", StringComparison.Ordinal), outcome.Detail);
        var taken = h.Primary.PlacedOf(OrderKind.ImmediateOrCancel).Single();
        Assert.Equal((Side.Sell, 0.7m), (taken.Side, taken.Quantity));
        Assert.True(h.Log.Lines.Any(l => l.Contains("told to take the rest at once", StringComparison.Ordinal)), "the runner's maker unwind stopped resting");
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
        Assert.NotEqual(DateTimeOffset.MinValue, followFailedAt);
    }

    [Fact]
    public void Hedge_with_maker_first_rests_the_hedge_at_the_touch_before_any_taker_order()
    {
        var h = new HedgeHarness(Hedged() with { HedgeWith = "maker-first" });
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            var hedge = await h.NextPostOnly(h.Other, Side.Sell);
            await h.Until(() => h.Other.Order(hedge.ClientOrderId).Status == OrderStatus.Open);
            h.Other.Fill(hedge.ClientOrderId, 1.0m);
            await h.FillUnwinds();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        var first = h.Other.Placed[0];
        Assert.Equal((OrderKind.PostOnly, Side.Sell, 100.5m, false), (first.Kind, first.Side, first.Price!.Value, first.ReduceOnly));
        Assert.DoesNotContain(h.Other.Placed, o => o.Kind is OrderKind.ImmediateOrCancel or OrderKind.Market);
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
    }

    [Fact]
    public void A_hedge_that_cannot_complete_closes_the_open_leg_and_halts_saying_what_is_open_where()
    {
        var h = new HedgeHarness();
        h.Other.IocFill = _ => (0m, 0m);
        h.Other.OnPlace = r => r.Kind == OrderKind.Market ? VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Rejected, "market closed") : (VenueResult<OrderSnapshot>?)null;
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Equal(0m, h.Primary.Position);
        Assert.True(outcome.Detail.Contains("market closed", StringComparison.Ordinal), outcome.Detail);
        Assert.True(outcome.Detail.Contains("open now: paradex TEST-USD-PERP 0 (by this run's fills), scripted TEST-USD-PERP 0", StringComparison.Ordinal), outcome.Detail);
        Assert.Contains(h.Log.Lines, l => l.Contains("Trading halted", StringComparison.Ordinal) && l.Contains("open now", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hedge_venue_that_refuses_the_bot_flattens_the_other_leg_and_halts()
    {
        var h = new HedgeHarness();
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.Until(() => h.Other.Position == -1.0m);
            h.Other.OnPlace = _ => VenueResult<OrderSnapshot>.Fail(VenueErrorKind.Unauthorized, "bad signature");
            h.Other.OnGetPosition = () => VenueResult<PositionSnapshot>.Fail(VenueErrorKind.Unauthorized, "bad signature");
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Equal(0m, h.Primary.Position);
        Assert.True(outcome.Detail.Contains("refused", StringComparison.Ordinal), outcome.Detail);
        Assert.Contains("scripted TEST-USD-PERP unknown", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_on_the_hedge_venue_between_cycles_is_closed_and_halts_the_run_before_the_next_open()
    {
        var h = new HedgeHarness(Hedged() with { MaxCycles = 2 });
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            var drifted = false;
            h.Other.IocFill = r =>
            {
                if (r.ReduceOnly && !drifted)
                {
                    drifted = true;
                    h.Other.Position -= 0.3m; // a fill the bot did not make, or one it missed, while it unwound
                }

                return (r.Quantity, r.Price!.Value);
            };
            await h.FillUnwinds(untilFlat: false);
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Single(h.Primary.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Buy);
        Assert.True(outcome.Detail.Contains("scripted shows a position of -0.3 between cycles", StringComparison.Ordinal), outcome.Detail);
        Assert.Equal(0m, h.Other.Position);
    }

    [Fact]
    public void A_stop_while_the_open_rests_hedges_what_filled_and_closes_both_legs()
    {
        using var stop = new CancellationTokenSource();
        var h = new HedgeHarness(Hedged() with { MaxCycles = null });
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 0.4m);
            stop.Cancel();
        }, stop.Token);

        Assert.Equal(StopReason.StopRequested, outcome.Reason);
        Assert.Equal(0.4m, h.Other.PlacedOf(OrderKind.ImmediateOrCancel)[0].Quantity);
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
    }

    [Fact]
    public void A_runner_venue_that_refuses_the_bot_leaves_the_hedge_venue_flat_and_halts()
    {
        var h = new HedgeHarness();
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 0.5m);
            await h.Until(() => h.Other.Position == -0.5m);
            h.Primary.OnCancel = _ => VenueResult<bool>.Fail(VenueErrorKind.Unauthorized, "bad signature");
            h.Primary.Top = new TopOfBook(101.0m, 101.5m); // the open is chased: its cancel is refused
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.Equal(0m, h.Other.Position);
        Assert.Equal(0.5m, h.Primary.Position); // the venue that refuses keeps its leg: the halt says to check it
    }

    [Fact]
    public void A_stop_during_the_hold_closes_both_legs_at_once()
    {
        using var stop = new CancellationTokenSource();
        var h = new HedgeHarness(Hedged() with { MaxCycles = null });
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.Until(() => h.Other.Position == -1.0m);
            await Task.Delay(TimeSpan.FromSeconds(5), h.Time);
            stop.Cancel();
        }, stop.Token);

        Assert.Equal(StopReason.StopRequested, outcome.Reason);
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
        Assert.DoesNotContain(h.Primary.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell); // no patient unwind: closed at once
    }

    [Fact]
    public void A_hedge_venue_that_stops_answering_during_a_long_hold_is_caught_at_the_reconcile_interval_and_the_other_leg_flattened()
    {
        var h = new HedgeHarness(Hedged() with { HoldTime = TimeSpan.FromSeconds(600) });
        var heldFrom = DateTimeOffset.MinValue;
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.Until(() => h.Other.Position == -1.0m);
            heldFrom = h.Time.GetUtcNow();
            h.Other.OnGetPosition = () => VenueResult<PositionSnapshot>.Fail(VenueErrorKind.Unavailable, "503");
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.Detail.Contains("scripted did not answer a position read while the legs were held", StringComparison.Ordinal), outcome.Detail);
        Assert.Contains("scripted TEST-USD-PERP unknown", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(0m, h.Primary.Position);
        var flattened = h.Primary.PlacedOf(OrderKind.Market).Concat(h.Primary.PlacedOf(OrderKind.ImmediateOrCancel)).ToList();
        Assert.NotEmpty(flattened);
        Assert.DoesNotContain(h.Primary.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell); // caught mid-hold: no unwind began
        Assert.InRange(h.Time.GetUtcNow() - heldFrom, new BotTimings().ReconcileInterval, TimeSpan.FromSeconds(300));
    }

    [Fact]
    public void A_runner_venue_that_dies_in_the_hold_halts_within_the_silence_limit_with_the_hedge_leg_closed_and_its_own_leg_unknown()
    {
        var h = new HedgeHarness();
        var diedAt = DateTimeOffset.MinValue;
        var outcome = h.Run(async h =>
        {
            await h.OpenHedged();
            diedAt = h.Time.GetUtcNow();
            h.Primary.Down = true;
        });

        var timings = new BotTimings();
        Assert.Equal(StopReason.Halted, outcome.Reason);
        // first asked when the 60 s hold ends, then refused once it answered nothing for the limit; no retry after that
        Assert.InRange(h.Time.GetUtcNow() - diedAt, Hedged().HoldTime, Hedged().HoldTime + timings.SilentVenueLimit + timings.MaxBackoff);
        Assert.Contains("paradex stopped answering (scripted answered no request for 30 s)", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("open now: paradex TEST-USD-PERP unknown (the venue stopped answering; 1 by this run's fills), scripted TEST-USD-PERP 0", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(0m, h.Other.Position); // the leg on the venue that answers is closed
        Assert.Equal(1.0m, h.Primary.Position);
        Assert.Contains(h.Log.Lines, l => l.Contains("ALERT", StringComparison.Ordinal) && l.Contains("unknown (the venue stopped answering", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hedge_venue_that_dies_in_the_unwind_halts_within_the_silence_limit_with_the_runners_leg_closed_and_the_hedge_leg_unknown()
    {
        var h = new HedgeHarness();
        var diedAt = DateTimeOffset.MinValue;
        var outcome = h.Run(async h =>
        {
            await h.OpenHedged();
            var close = await h.NextPostOnly(h.Primary, Side.Sell);
            await h.Until(() => h.Primary.Order(close.ClientOrderId).Status == OrderStatus.Open);
            diedAt = h.Time.GetUtcNow();
            h.Other.Down = true;
            h.Primary.Fill(close.ClientOrderId, 0.4m); // the hedge venue cannot follow it
        });

        var timings = new BotTimings();
        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.InRange(h.Time.GetUtcNow() - diedAt, TimeSpan.Zero, timings.SilentVenueLimit + timings.MaxBackoff + timings.ConfirmTimeout);
        Assert.Contains("scripted TEST-USD-PERP unknown (the venue did not answer)", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(0m, h.Primary.Position); // the runner's leg is closed on the venue that answers
        Assert.InRange(h.Other.CallsWhileDown, 1, 40); // asked until the limit, then not again
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reconnect_of_either_venue_during_the_hold_checks_the_hedge_leg_and_a_lost_one_halts_flat(bool hedgeVenueReconnects)
    {
        var h = new HedgeHarness();
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.Until(() => h.Other.Position == -1.0m);
            await Task.Delay(TimeSpan.FromSeconds(10), h.Time);
            h.Other.Position = 0m; // the hedge leg is gone (liquidated, or closed by hand) while the stream was down
            (hedgeVenueReconnects ? h.Other : h.Primary).Emit(new StreamRestored(h.Time.GetUtcNow().AddSeconds(-5)));
        });

        Assert.Equal(StopReason.Halted, outcome.Reason);
        Assert.True(outcome.Detail.Contains("scripted shows a position of 0 while the legs were held, where the hedge leg is -1", StringComparison.Ordinal), outcome.Detail);
        Assert.Equal(0m, h.Primary.Position);
        Assert.DoesNotContain(h.Primary.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Sell);
    }

    [Fact]
    public void Target_volume_counts_both_venues_volume()
    {
        var h = new HedgeHarness(Hedged() with { MaxCycles = 5, TargetVolume = 350m });
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.FillUnwinds();
        });

        Assert.Equal(StopReason.TargetVolume, outcome.Reason); // one cycle farms ~200 USDT on each venue
        Assert.Single(h.Primary.PlacedOf(OrderKind.PostOnly), o => o.Side == Side.Buy);
        Assert.True(outcome.Detail.Contains("volume on both venues 401.40 USDT (paradex 200.90, scripted 200.50) reached the target 350", StringComparison.Ordinal), outcome.Detail);
    }

    [Fact]
    public void A_target_reached_by_the_hedge_of_the_open_still_holds_and_unwinds_both_legs_as_a_maker()
    {
        var h = new HedgeHarness(Hedged() with { MaxCycles = 5, TargetVolume = 150m });
        var filledAt = DateTimeOffset.MinValue;
        var unwindAt = DateTimeOffset.MinValue;
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            filledAt = h.Time.GetUtcNow();
            await h.NextPostOnly(h.Primary, Side.Sell);
            unwindAt = h.Time.GetUtcNow();
            await h.FillUnwinds();
        });

        Assert.Equal(StopReason.TargetVolume, outcome.Reason);
        Assert.InRange(unwindAt - filledAt, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(62));
        Assert.Empty(h.Primary.PlacedOf(OrderKind.Market));
        Assert.Equal((0m, 0m), (h.Primary.Position, h.Other.Position));
    }

    [Fact]
    public void At_start_the_hedge_venue_loses_the_bots_leftover_orders_and_position()
    {
        var h = new HedgeHarness();
        h.Other.Position = -0.5m;
        var leftover = h.Other.EarlierRunId();
        h.Other.ExtraOpenOrders.Add(new OrderSnapshot(leftover, "v-old", Side.Sell, OrderKind.PostOnly, 1m, 101m, OrderStatus.Open, 0m, null));
        var placedBeforeOpen = -1;
        var outcome = h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            placedBeforeOpen = h.Other.Placed.Count;
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.FillUnwinds();
        });

        Assert.Equal(StopReason.MaxCycles, outcome.Reason);
        Assert.Contains(leftover, h.Other.CancelRequests);
        Assert.Equal(1, placedBeforeOpen); // the leftover short closed before the first open
        Assert.Equal(0.5m, h.Other.Placed[0].Quantity);
        Assert.True(h.Other.Placed[0].ReduceOnly);
        Assert.Equal(0m, h.Other.Position);
    }

    [Fact]
    public void Fills_an_interrupted_run_made_on_the_hedge_venue_but_never_wrote_are_written_to_its_csv_at_start()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var other = new ScriptedVenue { Rules = Rules };
        var lost = new Fill("lost-hedge", "v-lost", other.EarlierRunId(), Side.Sell, 1m, 100m, 0.01m, LiquidityRole.Taker, start.AddMinutes(-4));
        other.EarlierFills.Add(lost);
        var journal = new ListJournal(new JournalTail(start.AddMinutes(-5), new HashSet<string>(StringComparer.Ordinal)));
        var h = new HedgeHarness(other: other, otherJournal: journal);
        h.Run(async h =>
        {
            var open = await h.NextPostOnly(h.Primary, Side.Buy);
            h.Primary.Fill(open.ClientOrderId, 1.0m);
            await h.FillUnwinds();
        });

        Assert.Equal("lost-hedge", journal.Records[0].FillId);
        Assert.Equal(CostLedger.RecoveredCloseMethod, journal.Records[0].CloseMethod);
        Assert.Equal(2, h.Hedge.Ledger.FillCount); // this run's figures are this run's two fills
    }

    [Fact]
    public void A_quantity_the_hedge_venue_cannot_trade_stops_the_start_naming_it()
    {
        var h = new HedgeHarness(other: new ScriptedVenue { Rules = new MarketRules("BTC_USDT_Perp", 0.1m, 0.3m, 0.3m, 0m) });
        var refusal = Assert.Throws<BotStartupException>(() => h.Run());

        Assert.Contains("not a multiple of BTC_USDT_Perp's size increment 0.3 (the hedge venue scripted)", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(h.Primary.Placed);
    }

    [Fact]
    public void Without_a_hedge_venue_the_strategy_does_not_start()
    {
        var h = new BotHarness(Hedged());
        var refusal = Assert.Throws<BotStartupException>(() => h.Run());

        Assert.Contains("--hedge-exchange", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>Two scripted venues on one fake clock: the runner's (paradex) and the hedge venue, each with its journal and log.</summary>
    private sealed class HedgeHarness
    {
        private readonly BotHarness _bot;
        private readonly BotSettings _settings;

        public HedgeHarness(BotSettings? settings = null, ScriptedVenue? other = null, ListJournal? otherJournal = null)
        {
            var s = _settings = settings ?? Hedged();
            OtherJournal = otherJournal ?? new ListJournal();
            Other = other ?? new ScriptedVenue { Rules = Rules };
            _bot = new BotHarness(s, new ScriptedVenue { Rules = Rules }, hedge: time =>
            {
                Other.Clock = time;
                return Hedge = new HedgeVenue(Other, s, OtherJournal, OtherLog.Logger, time, new BotTimings(), new Random(11));
            });
        }

        public FakeTimeProvider Time => _bot.Time;

        public ScriptedVenue Primary => _bot.Venue;

        public ScriptedVenue Other { get; }

        public ListJournal PrimaryJournal => _bot.Journal;

        public ListJournal OtherJournal { get; }

        public RecordingLog Log => _bot.Log;

        public RecordingLog OtherLog { get; } = new();

        public HedgeVenue Hedge { get; private set; } = null!;

        public BotOutcome Run(Func<HedgeHarness, Task>? script = null, CancellationToken stop = default) =>
            _bot.Run(script is null ? null : _ => script(this), stop);

        /// <summary>
        /// Fills the runner's maker unwind once it rests, and the hedge venue's maker follow of it with --hedge-with
        /// maker-first (by IOC it follows by itself); returns once the hedge venue is flat, unless told not to wait.
        /// </summary>
        public async Task FillUnwinds(bool untilFlat = true)
        {
            var close = await NextPostOnly(Primary, Side.Sell);
            await Until(() => Primary.Order(close.ClientOrderId).Status == OrderStatus.Open);
            Primary.Fill(close.ClientOrderId, close.Quantity);
            if (_settings.HedgeWith == "maker-first")
            {
                var unwind = await NextPostOnly(Other, Side.Buy);
                await Until(() => Other.Order(unwind.ClientOrderId).Status == OrderStatus.Open);
                Other.Fill(unwind.ClientOrderId, unwind.Quantity);
            }

            await Until(() => !untilFlat || Other.Position == 0m);
        }

        /// <summary>Fills the runner's whole open of 1.0 and waits until the hedge venue holds the hedge leg.</summary>
        public async Task OpenHedged()
        {
            var open = await NextPostOnly(Primary, Side.Buy);
            Primary.Fill(open.ClientOrderId, 1.0m);
            await Until(() => Other.Position == -1.0m);
        }

        public async Task<OrderRequest> NextPlaced(ScriptedVenue venue, OrderKind kind, int index = 0)
        {
            await Until(() => venue.PlacedOf(kind).Count > index);
            return venue.PlacedOf(kind)[index];
        }

        public async Task<OrderRequest> NextPostOnly(ScriptedVenue venue, Side side, int index = 0)
        {
            await Until(() => venue.PlacedOf(OrderKind.PostOnly).Count(o => o.Side == side) > index);
            return venue.PlacedOf(OrderKind.PostOnly).Where(o => o.Side == side).ElementAt(index);
        }

        public async Task Until(Func<bool> condition)
        {
            while (!condition())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), Time);
            }
        }
    }
}
