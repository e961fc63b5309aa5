using System.Threading.Channels;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Hedging;

/// <summary>
/// Hedges one cycle's open as it fills: every fill the runner's ledger records for the open is matched at once by an
/// order of the opposite side on the hedge venue (--hedge-with), so the two positions never differ by more than the
/// fill being hedged. Sizes the hedge venue cannot trade (below its increment or minimum) wait for the next fill.
/// </summary>
public sealed class FillHedger : IDisposable
{
    private readonly object _gate = new();
    private readonly CostLedger _ledger;
    private readonly HedgeVenue _hedge;
    private readonly Side _hedgeSide;
    private readonly int _cycle;
    private readonly Channel<bool> _fills = Channel.CreateUnbounded<bool>();
    private decimal _filled;

    public FillHedger(CostLedger ledger, HedgeVenue hedge, Side openSide, int cycle)
    {
        _ledger = ledger;
        _hedge = hedge;
        _hedgeSide = openSide.Opposite();
        _cycle = cycle;
        _ledger.FillRecorded += OnFill;
    }

    /// <summary>What the open filled so far.</summary>
    public decimal Filled
    {
        get
        {
            lock (_gate)
            {
                return _filled;
            }
        }
    }

    /// <summary>What the hedge venue filled against it.</summary>
    public decimal Hedged { get; private set; }

    /// <summary>Why a hedge did not complete, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Hedges fills as they come until <see cref="OpenSettled"/>, then what is still due; stops at the first failure.</summary>
    public async Task RunAsync()
    {
        while (Failure is null && await _fills.Reader.WaitToReadAsync())
        {
            while (_fills.Reader.TryRead(out _))
            {
            }

            await HedgeDueAsync();
        }

        if (Failure is null)
        {
            await HedgeDueAsync();
        }
    }

    /// <summary>The open is settled and its fills are in: no more will come this cycle.</summary>
    public void OpenSettled() => _fills.Writer.TryComplete();

    public void Dispose()
    {
        _ledger.FillRecorded -= OnFill;
        _fills.Writer.TryComplete();
    }

    private void OnFill(Fill fill, TrackedOrder? order)
    {
        if (order is not { Purpose: OrderPurpose.Open } || order.Cycle != _cycle)
        {
            return;
        }

        lock (_gate)
        {
            _filled += fill.Quantity;
        }

        _fills.Writer.TryWrite(true);
    }

    private async Task HedgeDueAsync()
    {
        var rules = _hedge.Rules;
        var due = rules.RoundSizeDown(Filled - Hedged);
        if (due < rules.MinSize)
        {
            return;
        }

        try
        {
            _hedge.Log.Info($"[HEDGE] Cycle {_cycle}: hedging {due} by {_hedgeSide.ToLowerName()} on {_hedge.Name} ({Filled} of the open filled, {Hedged} hedged)");
            var report = await _hedge.Hedger.CloseAsync(_hedgeSide, due, _cycle, OrderPurpose.Open);
            Hedged += report.Filled;
            if (!report.IsComplete)
            {
                Failure = $"the hedge of {due} on {_hedge.Name} filled {report.Filled} ({report.FailureReason})";
            }
        }
        catch (VenueRefusalException refusal)
        {
            _hedge.MarkHalted(refusal.Message);
            Failure = $"{_hedge.Name} refused the hedge: {refusal.Message}";
        }
    }
}
