using VolumeBot.Core.Accounting;
using VolumeBot.Core.Budget;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Trading.Hedging;
using VolumeBot.Simulation.Clock;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;
using VolumeBot.Simulation.Tapes;

namespace VolumeBot.Simulation.Runs;

/// <summary>
/// Runs the unchanged <see cref="TradingBot"/> against the paper venue on a <see cref="VirtualClock"/>: the same loop,
/// fills and fees as --paper, with simulated time jumping from one timer to the next instead of passing.
/// </summary>
public static class Simulator
{
    public static SimulationResult Run(SimulationRequest request) => Run(request, new VirtualClock(VirtualClock.DefaultStart));

    /// <summary>Runs on the given clock (a fresh one: its time is the run's start), so logs can be stamped with simulated time.</summary>
    public static SimulationResult Run(SimulationRequest request, VirtualClock clock) =>
        VirtualClockRunner.Run(clock, () => RunAsync(request, clock));

    private static async Task<SimulationResult> RunAsync(SimulationRequest request, VirtualClock clock)
    {
        var meter = new OrderRateMeter();
        var position = new PositionWatch();
        PaperExchangeClient paper;
        PaperExchangeClient? other = null;
        CancellationTokenSource tapeEnd;
        if (request.Tape is { } tape)
        {
            // the same pump and fill rules as --paper --live-data, fed by the recording; the run stops where it ends
            var feed = new TapeFeed(tape, clock);
            paper = PaperVenue.CreateOnLiveData(request.Settings.Venue, feed, request.Fees, clock);
            tapeEnd = new CancellationTokenSource(feed.End - clock.GetUtcNow(), clock);
        }
        else
        {
            var market = request.Market ?? throw new ArgumentException("a simulation needs a market or a tape", nameof(request));
            if (request.Hedge is { } hedged)
            {
                (paper, other) = PaperVenue.CreateLinked((request.Settings.Venue, market, request.Fees), (hedged.Venue, hedged.Market, hedged.Fees), request.Seed, clock, request.Latency);
            }
            else
            {
                paper = PaperVenue.Create(request.Settings.Venue, market, request.Seed, request.Fees, clock, request.Latency);
            }

            tapeEnd = new CancellationTokenSource();
        }

        using var _ = tapeEnd;

        paper.Engine.EventRaised += position.OnEvent;
        var otherPosition = new PositionWatch();
        var net = new NetWatch(position, otherPosition, clock);
        if (other is not null)
        {
            other.Engine.EventRaised += otherPosition.OnEvent;
            paper.Engine.EventRaised += net.OnEvent;
            other.Engine.EventRaised += net.OnEvent;
        }

        BotOutcome outcome;
        int refused;
        VenueFigures? hedgeFigures = null;
        using var budget = request.OrderBudget?.Invoke(clock);
        await using (var venue = new MeteredVenue(paper, clock, meter) { CountsCancels = budget is not null })
        await using (var otherVenue = other is null ? null : new MeteredVenue(other, clock, meter))
        {
            var logger = request.Logger ?? Serilog.Core.Logger.None;
            await using var hedgeVenue = otherVenue is null ? null
                : new HedgeVenue(otherVenue, request.Settings, request.Hedge!.Journal ?? NoJournal.Instance, request.Hedge.Logger ?? Serilog.Core.Logger.None, clock, request.Timings, new Random(request.Seed + 1));
            var bot = new TradingBot(
                budget is null ? venue : new BudgetedVenue(venue, budget),
                request.Settings,
                request.Journal ?? NoJournal.Instance,
                logger,
                clock,
                request.Timings,
                idRandom: new Random(request.Seed))
            {
                CycleGate = budget is null ? ICycleGate.AlwaysOpen : new OrderBudgetGate(budget, new ActivityLog(logger), clock),
                Hedge = hedgeVenue,
            };
            outcome = await bot.RunAsync(tapeEnd.Token);
            refused = venue.Refused + (otherVenue?.Refused ?? 0);
            if (hedgeVenue is not null)
            {
                var ledger = hedgeVenue.Ledger;
                hedgeFigures = new VenueFigures(hedgeVenue.Name, ledger.QuoteVolume, ledger.Fees, ledger.TotalCost, otherPosition.ProfitBeforeFees(other!.Engine.Top.Mid));
            }
        }

        var profit = position.ProfitBeforeFees(paper.Engine.Top.Mid);
        var summary = outcome.Summary;
        IReadOnlyList<VenueFigures> venues = hedgeFigures is null ? []
            : [new VenueFigures(request.Settings.Venue, summary.QuoteVolume, summary.MakerFees + summary.TakerFees, summary.TotalCost, profit), hedgeFigures];

        return new SimulationResult(
            request.Label,
            request.Fees.Profile,
            outcome,
            outcome.Summary.RunTime,
            meter.Count,
            meter.MaxIn(TimeSpan.FromHours(24)),
            meter.MaxIn(TimeSpan.FromHours(1)),
            meter.MaxIn(TimeSpan.FromMinutes(1)),
            position.MaxAbs,
            profit)
        {
            RefusedOrders = refused,
            Venues = venues,
            MaxAbsNetPosition = other is null ? null : net.MaxAbs,
            NetExposure = other is null ? null : net.Exposure(clock.GetUtcNow()),
        };
    }

    /// <summary>The account's position and cash after every fill: the largest position held, and what the trades made before fees.</summary>
    private sealed class PositionWatch
    {
        private decimal _position;
        private decimal _cash;

        public decimal MaxAbs { get; private set; }

        public decimal Position => _position;

        /// <summary>Sells minus buys, with what is still held marked at <paramref name="mid"/>; fees not included.</summary>
        public decimal ProfitBeforeFees(decimal mid) => _cash + _position * mid;

        public void OnEvent(SimEvent simEvent)
        {
            if (simEvent is SimFillHappened { Fill: var fill } && simEvent.Account == PaperExchangeClient.Account)
            {
                var sign = fill.Side == Core.Venue.Side.Buy ? 1 : -1;
                _position += sign * fill.Quantity;
                _cash -= sign * fill.Notional;
                MaxAbs = Math.Max(MaxAbs, Math.Abs(_position));
            }
        }
    }

    /// <summary>Two venues' positions summed after every fill of either: the exposure a hedged run carried, and for how long.</summary>
    private sealed class NetWatch(PositionWatch first, PositionWatch second, TimeProvider clock)
    {
        private DateTimeOffset? _exposedSince;
        private TimeSpan _total;
        private TimeSpan _longest;

        public decimal MaxAbs { get; private set; }

        public NetExposure Exposure(DateTimeOffset end)
        {
            var open = _exposedSince is { } since ? end - since : TimeSpan.Zero;
            return new NetExposure(_total + open, open > _longest ? open : _longest);
        }

        public void OnEvent(SimEvent simEvent)
        {
            if (simEvent is not SimFillHappened)
            {
                return;
            }

            var net = first.Position + second.Position;
            MaxAbs = Math.Max(MaxAbs, Math.Abs(net));
            var now = clock.GetUtcNow();
            if (net != 0)
            {
                _exposedSince ??= now;
            }
            else if (_exposedSince is { } since)
            {
                _total += now - since;
                _longest = now - since > _longest ? now - since : _longest;
                _exposedSince = null;
            }
        }
    }

    private sealed class NoJournal : ITradeJournal
    {
        public static readonly NoJournal Instance = new();

        public JournalTail Tail => JournalTail.None;

        public void Append(TradeRecord record)
        {
        }
    }
}
