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
        }

        return new SimulationResult(
            request.Label,
            request.Fees.Profile,
            outcome,
            outcome.Summary.RunTime,
            meter.Count,
            meter.MaxIn(TimeSpan.FromHours(24)),
            meter.MaxIn(TimeSpan.FromHours(1)),
            meter.MaxIn(TimeSpan.FromMinutes(1)),
            position.MaxAbs);
    }

    /// <summary>The account's position after every fill, to find the largest ever held.</summary>
    private sealed class PositionWatch
    {
        private decimal _position;

        public decimal MaxAbs { get; private set; }

        public void OnEvent(SimEvent simEvent)
        {
            if (simEvent is SimFillHappened { Fill: var fill } && simEvent.Account == PaperExchangeClient.Account)
            {
                _position += fill.Side == Core.Venue.Side.Buy ? fill.Quantity : -fill.Quantity;
                MaxAbs = Math.Max(MaxAbs, Math.Abs(_position));
            }
        }
    }

    private sealed class NoJournal : ITradeJournal
    {
        public static readonly NoJournal Instance = new();

        public void Append(TradeRecord record)
        {
        }
    }
}
