using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Matching;

public sealed partial class MatchingEngine
{
    /// <summary>How many public trades the engine keeps: a recent tape, not a history.</summary>
    public const int PublicTradeCapacity = 1000;

    private readonly Queue<PublicTrade> _publicTrades = new();
    private long _publicTradeSequence;

    /// <summary>
    /// The market's recent trades as a venue publishes them, newest first: other traders' flow (at the touch) and every
    /// taker execution of an account (per level), each with the taker's side.
    /// </summary>
    public IReadOnlyList<PublicTrade> RecentPublicTrades(int limit)
    {
        lock (_gate)
        {
            AdvanceLocked(_time.GetUtcNow());
            return _publicTrades.Reverse().Take(Math.Max(0, limit)).ToList();
        }
    }

    private DateTimeOffset _lastPublicTradeTime;

    private void RecordPublicTrade(Side takerSide, decimal price, decimal size, DateTimeOffset time)
    {
        if (price <= 0 || size <= 0)
        {
            return;
        }

        // a venue's tape is in time order: a flow step that catches up after a submission is stamped no earlier than it
        if (_publicTrades.Count > 0 && _lastPublicTradeTime > time)
        {
            time = _lastPublicTradeTime;
        }

        _lastPublicTradeTime = time;
        _publicTrades.Enqueue(new PublicTrade($"{++_publicTradeSequence}", takerSide, price, size, time));
        if (_publicTrades.Count > PublicTradeCapacity)
        {
            _publicTrades.Dequeue();
        }
    }
}
