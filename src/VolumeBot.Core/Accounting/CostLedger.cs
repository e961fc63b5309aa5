using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Accounting;

/// <summary>
/// Every fill of the run, counted once by fill id: volume, fees by role, slippage against the mid the bot saw
/// when it decided, and the cost they add up to.
/// </summary>
public sealed class CostLedger
{
    private readonly object _gate = new();
    /// <summary>CloseMethod of a row written at start-up for a fill an interrupted run did not write.</summary>
    public const string RecoveredCloseMethod = "recovered";
    private const int RememberedFills = 10_000;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();
    private readonly ITradeJournal _journal;
    private readonly Side _direction;

    public CostLedger(ITradeJournal journal, Side direction)
    {
        _journal = journal;
        _direction = direction;
    }

    public int FillCount { get; private set; }

    public decimal BaseVolume { get; private set; }

    public decimal QuoteVolume { get; private set; }

    public decimal MakerFees { get; private set; }

    public decimal TakerFees { get; private set; }

    /// <summary>Quote volume of the fills where the bot took liquidity.</summary>
    public decimal TakerVolume { get; private set; }

    /// <summary>Positive is a cost: bought above or sold below the reference mid.</summary>
    public decimal Slippage { get; private set; }

    /// <summary>Net base position from the fills seen this run.</summary>
    public decimal NetPosition { get; private set; }

    public decimal Fees => MakerFees + TakerFees;

    public decimal TotalCost => Fees + Slippage;

    public decimal CostBps => BasisPoints.Of(TotalCost, QuoteVolume);

    /// <summary>Raised after each new fill is counted and journaled, with the bot's order it belongs to (if any).</summary>
    public event Action<Fill, TrackedOrder?>? FillRecorded;

    /// <summary>Records a fill unless its id was seen before; returns whether it was new.</summary>
    public bool Record(Fill fill, TrackedOrder? order)
    {
        TradeRecord record;
        lock (_gate)
        {
            if (!Remember(fill.FillId))
            {
                return false;
            }

            // the bot's own order decides the side: a venue may report another (Paradex documents the taker side)
            var side = order?.Request.Side ?? fill.Side;
            FillCount++;
            BaseVolume += fill.Quantity;
            QuoteVolume += fill.Notional;
            NetPosition += side.Sign() * fill.Quantity;
            if (fill.Role == LiquidityRole.Maker)
            {
                MakerFees += fill.Fee;
            }
            else
            {
                TakerFees += fill.Fee;
                TakerVolume += fill.Notional;
            }

            var mid = order?.ReferenceMid;
            if (mid is { } m)
            {
                Slippage += side.Sign() * (fill.Price - m) * fill.Quantity;
            }

            record = ToRecord(fill with { Side = side }, order);
        }

        _journal.Append(record);
        FillRecorded?.Invoke(fill, order);
        return true;
    }

    /// <summary>
    /// Writes a fill an earlier, interrupted run made but never wrote (CloseMethod "recovered"). It is remembered so a
    /// late event of it is not written twice, and not counted: this run's figures are this run's fills.
    /// </summary>
    public bool RecordRecovered(Fill fill)
    {
        lock (_gate)
        {
            if (!Remember(fill.FillId))
            {
                return false;
            }
        }

        _journal.Append(ToRecord(fill, null) with { CloseMethod = RecoveredCloseMethod });
        return true;
    }

    private bool Remember(string fillId)
    {
        if (!_seen.Add(fillId))
        {
            return false;
        }

        // duplicates arrive within seconds; the newest ids are enough and memory stays flat over a long run
        _seenOrder.Enqueue(fillId);
        if (_seenOrder.Count > RememberedFills)
        {
            _seen.Remove(_seenOrder.Dequeue());
        }

        return true;
    }

    private TradeRecord ToRecord(Fill fill, TrackedOrder? order)
    {
        var complete = order is null || order.FilledByFills >= order.Request.Quantity;
        var tradeRole = order?.Purpose switch
        {
            OrderPurpose.Open => "OPEN",
            null => fill.Side == _direction ? "OPEN" : "CLOSE",
            _ => "CLOSE",
        };
        var feeRate = fill.Notional == 0 ? 0 : decimal.Round(fill.Fee / fill.Notional * 100m, 8);
        return new TradeRecord(
            fill.Time,
            fill.VenueOrderId ?? order?.VenueOrderId ?? fill.ClientOrderId ?? fill.FillId,
            fill.Side,
            fill.Quantity,
            fill.Price,
            complete ? "FILLED" : "PARTIALLY_FILLED",
            fill.Fee,
            feeRate,
            fill.Role,
            tradeRole,
            order?.CloseMethod,
            order?.ReferenceMid,
            order?.Cycle,
            fill.ClientOrderId ?? order?.ClientOrderId,
            fill.FillId);
    }
}
