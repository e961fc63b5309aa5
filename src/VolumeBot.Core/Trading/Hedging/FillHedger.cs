using System.Threading.Channels;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Hedging;

/// <summary>
/// Keeps the hedge venue's leg matched to the runner's as the runner's leg fills, fill by fill. In the open, every fill
/// the runner's ledger records for the open is hedged at once by an order of the opposite side on the hedge venue
/// (--hedge-with); in the unwind (<see cref="ForUnwind"/>), every fill of the runner's close is followed at once by
/// taking the same size off the hedge leg. So the two positions never differ by more than the fill being followed.
/// Sizes the hedge venue cannot trade (below its increment or minimum) wait for the next fill.
/// </summary>
public sealed class FillHedger : IDisposable
{
    private readonly object _gate = new();
    private readonly CostLedger _ledger;
    private readonly HedgeVenue _hedge;
    private readonly Side _hedgeSide;
    private readonly int _cycle;
    private readonly OrderPurpose _follows;
    private readonly ICloseTactic _tactic;
    private readonly decimal? _limit;
    private readonly Channel<bool> _fills = Channel.CreateUnbounded<bool>();
    private readonly CancellationTokenSource _failed = new();
    private decimal _filled;

    /// <summary>The open: each fill of this cycle's open hedged on the hedge venue by --hedge-with.</summary>
    public FillHedger(CostLedger ledger, HedgeVenue hedge, Side openSide, int cycle)
        : this(ledger, hedge, openSide, cycle, OrderPurpose.Open, hedge.Hedger, null)
    {
    }

    private FillHedger(CostLedger ledger, HedgeVenue hedge, Side followedSide, int cycle, OrderPurpose follows, ICloseTactic tactic, decimal? limit)
    {
        _ledger = ledger;
        _hedge = hedge;
        _hedgeSide = followedSide.Opposite();
        _cycle = cycle;
        _follows = follows;
        _tactic = tactic;
        _limit = limit;
        _ledger.FillRecorded += OnFill;
    }

    /// <summary>
    /// The unwind: each fill of this cycle's close on the runner's venue followed at once on the hedge venue by
    /// <see cref="HedgeVenue.Follower"/> (reduce-only), up to the <paramref name="hedged"/> size the hedge leg holds.
    /// </summary>
    public static FillHedger ForUnwind(CostLedger ledger, HedgeVenue hedge, Side closeSide, int cycle, decimal hedged) =>
        new(ledger, hedge, closeSide, cycle, OrderPurpose.Close, hedge.Follower, hedged);

    /// <summary>Cancelled at the first hedge that did not complete: the runner's leg must stop resting and be taken at once.</summary>
    public CancellationToken FailedToken => _failed.Token;

    /// <summary>What the followed leg (the open, or the unwind) filled so far.</summary>
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

    /// <summary>The followed leg (the open, or the runner's unwind) is settled and its fills are in: no more will come this cycle.</summary>
    public void OpenSettled() => _fills.Writer.TryComplete();

    public void Dispose()
    {
        _ledger.FillRecorded -= OnFill;
        _fills.Writer.TryComplete();
        _failed.Dispose();
    }

    private void OnFill(Fill fill, TrackedOrder? order)
    {
        if (order is null || order.Purpose != _follows || order.Cycle != _cycle)
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
        if (_limit is { } limit && due > limit - Hedged)
        {
            due = rules.RoundSizeDown(limit - Hedged);
        }

        if (due < rules.MinSize)
        {
            return;
        }

        var opening = _follows == OrderPurpose.Open;
        var what = opening ? "hedge" : "unwind";
        try
        {
            _hedge.Log.Info($"[HEDGE] Cycle {_cycle}: {(opening ? "hedging" : "following the unwind with")} {due} by {_hedgeSide.ToLowerName()} on {_hedge.Name} ({Filled} of the {(opening ? "open" : "runner's unwind")} filled, {Hedged} {(opening ? "hedged" : "followed")})");
            var report = await _tactic.CloseAsync(_hedgeSide, due, _cycle, _follows);
            Hedged += report.Filled;
            if (!report.IsComplete)
            {
                Fail($"the {what} of {due} on {_hedge.Name} filled {report.Filled} ({report.FailureReason})");
            }
        }
        catch (VenueRefusalException refusal)
        {
            _hedge.MarkHalted(refusal.Message);
            Fail($"{_hedge.Name} refused the {what}: {refusal.Message}");
        }
    }

    private void Fail(string why)
    {
        Failure = why;
        _failed.Cancel();
    }
}
