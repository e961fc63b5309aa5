using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Hedging;

/// <summary>
/// The second venue of hedged farming, with everything the runner keeps for its own: the venue seam behind the same
/// refusal guard, its own order tracker and desk, trade journal (its CSV), ledger, statistics and activity log, and its
/// own event pump. It is connected, checked and reconciled at start-up (its own earlier orders cancelled, any position
/// closed at once), and left flat at shutdown.
/// </summary>
public sealed class HedgeVenue : IAsyncDisposable
{
    private readonly IExchangeClient _venue;
    private readonly BotSettings _settings;
    private readonly BotTimings _timings;
    private readonly TimeProvider _time;
    private readonly OrderTracker _tracker;
    private readonly ClientOrderIds _ids;
    private readonly ITradeJournal _journal;
    private readonly CancellationTokenSource _halted = new();
    private readonly CancellationTokenSource _pumpStop = new();
    private readonly Channel<string> _checks = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private Task? _pump;

    public HedgeVenue(IExchangeClient venue, BotSettings settings, ITradeJournal journal, ILogger logger, TimeProvider? time = null, BotTimings? timings = null, Random? idRandom = null)
    {
        _settings = settings;
        _timings = timings ?? new BotTimings();
        _time = time ?? TimeProvider.System;
        _venue = new RefusalGuard(venue, new VenueSilence(_timings.SilentVenueLimit, _time), _time);
        Log = new ActivityLog(logger);
        _tracker = new OrderTracker(_time);
        _ids = new ClientOrderIds(venue.ClientOrderIdKey, idRandom ?? Random.Shared);
        _journal = journal;
        Ledger = new CostLedger(journal, settings.Direction.Opposite());
        Statistics = new RunStatistics();
        Desk = new OrderDesk(_venue, _tracker, Ledger, _timings, _time, Log);
        Market = new MarketReader(_venue, _timings, _time, Log);
    }

    public string Name => _venue.VenueName;

    public MarketRules Rules { get; private set; } = null!;

    public CostLedger Ledger { get; }

    public RunStatistics Statistics { get; }

    public ActivityLog Log { get; }

    public OrderDesk Desk { get; }

    public MarketReader Market { get; }

    /// <summary>How a fill of the open is hedged here (--hedge-with): IOC then market, or maker-first; never reduce-only.</summary>
    public ICloseTactic Hedger { get; private set; } = null!;

    /// <summary>How the hedge is unwound after the hold: maker-first with its IOC and market fallback, reduce-only.</summary>
    public ICloseTactic Unwinder { get; private set; } = null!;

    /// <summary>Closes the position at once (IOC, then market): start-up, shutdown, and when the other leg failed.</summary>
    public ICloseTactic Flattener { get; private set; } = null!;

    /// <summary>
    /// How each fill of the runner's unwind is followed here (reduce-only), so the legs stay matched: at once by IOC,
    /// then market, or with --hedge-with maker-first by the maker-first tactic as the open's hedges are.
    /// </summary>
    public ICloseTactic Follower { get; private set; } = null!;

    /// <summary>Cancelled when this venue refused something no retry mends (keys, margin, region): trading must stop.</summary>
    public CancellationToken HaltedToken => _halted.Token;

    public string? HaltReason { get; private set; }

    /// <summary>True once connected: from then on the shutdown must leave this venue flat.</summary>
    public bool Connected { get; private set; }

    /// <summary>Connects, checks --quantity against this market and the account, starts the event pump and reconciles.</summary>
    public async Task StartAsync()
    {
        var connected = await _venue.ConnectAsync(CancellationToken.None);
        if (!connected.IsSuccess)
        {
            // without the connect error: the runner would describe it as a failure of its own venue's endpoint
            throw new BotStartupException($"Could not connect to the hedge venue {_venue.VenueName}: {connected.Error.Message}");
        }

        Rules = connected.Value;
        Connected = true;
        var placer = new PostOnlyPlacer(Market, Desk, _ids, _timings, _time, Log);
        var hedgeLegs = new CloseLegs(_venue, Desk, Market, placer, _ids, Rules, _settings, _timings, Statistics, _time, Log) { ReduceOnly = false };
        var closeLegs = new CloseLegs(_venue, Desk, Market, placer, _ids, Rules, _settings, _timings, Statistics, _time, Log);
        Hedger = _settings.HedgeWith == "maker-first" ? new MakerFirstClose(hedgeLegs) : new TakerClose(hedgeLegs, ioc: true);
        Unwinder = new MakerFirstClose(closeLegs);
        Flattener = new TakerClose(closeLegs, ioc: true);
        Follower = _settings.HedgeWith == "maker-first" ? Unwinder : Flattener;
        await CheckQuantityAsync();
        _pump = PumpAsync(_pumpStop.Token);
        await RecoverFillsAsync();
        await ReconcileAsync("[RECONCILE]", "Closing a position left by an earlier run");
        Log.Info($"Hedge venue {Name}: {Rules.Symbol}, tick {Rules.TickSize}, size increment {Rules.SizeIncrement}, min size {Rules.MinSize}, min notional {Rules.MinNotional}; hedging with {Hedger.Name}");
    }

    /// <summary>This venue's figures for a live display or a metrics scrape; safe to call from another thread.</summary>
    public VenueStatus Status(TimeSpan runTime) =>
        new(Name, RunSummary.From(Ledger, Statistics, runTime), Ledger.NetPosition, _tracker.Where(o => !o.IsTerminal).Count);

    /// <summary>The venue's own position (signed), or null when it would not say after retries.</summary>
    public async Task<decimal?> ReadPositionAsync()
    {
        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var position = await _venue.GetPositionAsync(CancellationToken.None);
                if (position.IsSuccess)
                {
                    return position.Value.SignedSize;
                }

                await new Backoff(_timings, _time).WaitAsync(attempt, CancellationToken.None);
            }
        }
        catch (VenueRefusalException refusal)
        {
            MarkHalted(refusal.Message);
        }

        return null;
    }

    /// <summary>
    /// Cancels the bot's own orders still on this venue and closes the position the venue reports, at once; false when
    /// the venue would not say or the close did not complete. A refusal that cannot heal counts as a failure.
    /// </summary>
    public async Task<bool> ReconcileAsync(string tag, string reason)
    {
        try
        {
            await CancelOwnOrdersAsync(tag);
            if (await ReadPositionAsync() is not { } position)
            {
                Log.Error($"{tag} Could not read the position on {Name}; check {Rules.Symbol} there");
                return false;
            }

            if (Math.Abs(position) < Rules.MinSize / 2)
            {
                return true;
            }

            Log.Warn($"{tag} {reason} on {Name}: {position}");
            var side = position > 0 ? Side.Sell : Side.Buy;
            var report = await Flattener.CloseAsync(side, Math.Abs(position), 0, OrderPurpose.Reconcile);
            Statistics.ReconcileClose();
            return report.IsComplete;
        }
        catch (VenueRefusalException refusal)
        {
            MarkHalted(refusal.Message);
            Log.Error($"{tag} {Name} refused: {refusal.Message}");
            return false;
        }
    }

    /// <summary>
    /// While the legs are held (every reconcile interval, and after either venue's stream came back): the bot's own
    /// orders still resting here are cancelled (none should be) and the position this venue reports must be the hedge
    /// leg, <paramref name="expected"/> (signed). Null when it is; otherwise what is wrong, for the halt.
    /// </summary>
    public async Task<string?> CheckHeldAsync(decimal expected, string why)
    {
        Log.Info($"[RECONCILE] {why}: checking that {Name} holds the hedge leg of {expected}");
        try
        {
            await CancelOwnOrdersAsync("[RECONCILE]");
        }
        catch (VenueRefusalException refusal)
        {
            MarkHalted(refusal.Message);
        }

        var position = HaltReason is null ? await ReadPositionAsync() : null;
        if (HaltReason is { } refused)
        {
            return $"{Name} refused the bot while the legs were held ({refused})";
        }

        if (position is not { } held)
        {
            return $"{Name} did not answer a position read while the legs were held";
        }

        return Math.Abs(held - expected) < Rules.MinSize / 2 ? null
            : $"{Name} shows a position of {held} while the legs were held, where the hedge leg is {expected}";
    }

    /// <summary>Asks the strategy to check this venue at its next chance: a venue's stream came back after a drop.</summary>
    public void RequestCheck(string why) => _checks.Writer.TryWrite(why);

    /// <summary>The next <see cref="RequestCheck"/> reason, once one is made.</summary>
    public async Task<string> NextCheckRequestAsync(CancellationToken cancellationToken) => await _checks.Reader.ReadAsync(cancellationToken);

    /// <summary>At shutdown: left flat, every fill in the CSV, the pump stopped, the venue's summary in its own log.</summary>
    public async Task<bool> StopAsync(TimeSpan runTime)
    {
        var flat = await ReconcileAsync("[SHUTDOWN]", "Closing the open position");
        try
        {
            foreach (var order in _tracker.Where(o => o.FilledQuantity > 0 && !o.FillsComplete))
            {
                await Desk.CompleteFillsAsync(order);
            }
        }
        catch (VenueRefusalException refusal)
        {
            MarkHalted(refusal.Message);
            Log.Error($"[SHUTDOWN] {Name} refused the fill reads: {refusal.Message}; its CSV may miss fills");
        }

        await StopPumpAsync();
        foreach (var line in RunSummary.From(Ledger, Statistics, runTime).ToLines())
        {
            Log.Info($"{line}");
        }

        return flat;
    }

    public async ValueTask DisposeAsync()
    {
        await StopPumpAsync();
        _halted.Dispose();
        _pumpStop.Dispose();
    }

    /// <summary>Remembers the first refusal that cannot heal and wakes whoever waits on <see cref="HaltedToken"/>.</summary>
    public void MarkHalted(string reason)
    {
        if (HaltReason is null)
        {
            HaltReason = reason;
            _halted.Cancel();
        }
    }

    private async Task CancelOwnOrdersAsync(string tag)
    {
        var orders = await _venue.GetOpenOrdersAsync(CancellationToken.None);
        foreach (var order in orders.IsSuccess ? orders.Value.Where(o => _ids.IsOwn(o.ClientOrderId) || _tracker.Find(o.ClientOrderId, o.VenueOrderId) is not null) : [])
        {
            Log.Info($"{tag} Cancelling {order.Side.ToLowerName()} order {order.ClientOrderId} on {Name}");
            await _venue.CancelOrderAsync(order.ClientOrderId, CancellationToken.None);
        }
    }

    private async Task CheckQuantityAsync()
    {
        var quantity = _settings.Quantity;
        if (OrderQuantity.Problem(quantity, Rules) is { } problem)
        {
            throw new BotStartupException($"{problem} (the hedge venue {Name})");
        }

        var top = await Market.ReadTopAsync(CancellationToken.None)
            ?? throw new BotStartupException($"No usable bid/ask on the hedge venue's {Rules.Symbol}");
        if (quantity * top.Mid < Rules.MinNotional)
        {
            throw new BotStartupException($"Order notional is less than min notional: {decimal.Round(quantity * top.Mid, 2)} < {Rules.MinNotional} on {Rules.Symbol} (the hedge venue {Name})");
        }

        var capacity = await _venue.GetAccountCapacityAsync(CancellationToken.None);
        if (!capacity.IsSuccess)
        {
            throw new BotStartupException($"Could not read the hedge venue {Name}'s free collateral at start-up: {capacity.Error.Message}");
        }

        if (AccountCapacityCheck.Refusal(quantity, top.Mid, Rules, capacity.Value) is { } refusal)
        {
            throw new BotStartupException($"{refusal} (the hedge venue {Name})");
        }
    }

    /// <summary>Writes the fills an interrupted earlier run made here but never wrote to this venue's CSV, as the runner does for its own.</summary>
    private async Task RecoverFillsAsync()
    {
        if (FillRecovery.Since(_journal.Tail) is not { } since)
        {
            return;
        }

        var fills = await _venue.GetFillsSinceAsync(since, CancellationToken.None);
        if (!fills.IsSuccess)
        {
            throw new BotStartupException($"Could not read the fills since the trades CSV's last row on the hedge venue {Name}: {fills.Error.Message}");
        }

        var missing = FillRecovery.Missing(_journal.Tail, fills.Value, _ids);
        var written = missing.Count(Ledger.RecordRecovered);
        if (written > 0)
        {
            Log.Warn($"[RECOVER] {written} fills of an earlier run on {Name} were not in its trades CSV (volume {missing.Sum(f => f.Notional)} USDT); written now, marked recovered");
        }
    }

    private async Task StopPumpAsync()
    {
        if (_pump is not { } pump)
        {
            return;
        }

        _pump = null;
        _pumpStop.Cancel();
        try
        {
            await pump;
        }
        catch (OperationCanceledException)
        {
            // the pump ends by cancellation
        }
    }

    /// <summary>This venue's events: order updates to its tracker, fills (once each) to its ledger, a restored stream reconciled.</summary>
    private Task PumpAsync(CancellationToken cancellationToken) =>
        VenueEventPump.RunAsync(_venue.Events, ApplyAsync, refusal => MarkHalted(refusal.Message), cancellationToken);

    private async Task ApplyAsync(VenueEvent venueEvent)
    {
        switch (venueEvent)
        {
            case OrderUpdated updated:
                _tracker.Apply(updated.Order);
                break;
            case FillReported reported:
                var (order, _) = _tracker.Apply(reported.Fill);
                Ledger.Record(reported.Fill, order);
                break;
            case StreamRestored restored:
                Log.Warn($"{Name} order stream restored after a drop since {restored.DownSince:HH:mm:ss}; reconciling orders and fills over REST");
                await Desk.CatchUpAfterDropAsync();
                RequestCheck($"{Name}'s order stream came back");
                break;
        }
    }
}
