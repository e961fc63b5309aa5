using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading;
using VolumeBot.Simulation.Clock;
using VolumeBot.Simulation.Market;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Paper;

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
        var paper = PaperVenue.Create(request.Settings.Venue, request.Market, request.Seed, request.Fees, clock, request.Latency);
        paper.Engine.EventRaised += position.OnEvent;
        BotOutcome outcome;
        int refused;
        await using (var venue = new MeteredVenue(paper, clock, meter))
        {
            var bot = new TradingBot(
                venue,
                request.Settings,
                request.Journal ?? NoJournal.Instance,
                request.Logger ?? Serilog.Core.Logger.None,
                clock,
                idRandom: new Random(request.Seed));
            outcome = await bot.RunAsync(CancellationToken.None);
            refused = venue.Refused;
        }

        var profit = position.ProfitBeforeFees(paper.Engine.Top.Mid);

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
        { RefusedOrders = refused };
    }

    /// <summary>The account's position and cash after every fill: the largest position held, and what the trades made before fees.</summary>
    private sealed class PositionWatch
    {
        private decimal _position;
        private decimal _cash;

        public decimal MaxAbs { get; private set; }

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

    private sealed class NoJournal : ITradeJournal
    {
        public static readonly NoJournal Instance = new();

        public JournalTail Tail => JournalTail.None;

        public void Append(TradeRecord record)
        {
        }
    }
}
