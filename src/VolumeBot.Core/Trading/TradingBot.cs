using Microsoft.Extensions.Logging;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Alerts;
using VolumeBot.Core.Trading.Closing;
using VolumeBot.Core.Trading.Placing;
using VolumeBot.Core.Timing;
using VolumeBot.Core.Trading.Strategies;
using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading;

/// <summary>
/// The runner of the volume loop of runbot.py on one venue seam: reconcile at start, then let the strategy (--boost or
/// normal mode, <see cref="ITradingStrategy"/>) trade one iteration after another until a limit, a stop price, a guard
/// or the trader says stop; the runner keeps the events, reconciliation, guards, limits, status and reports.
/// </summary>
public sealed partial class TradingBot
{
    private readonly IExchangeClient _venue;
    private readonly BotSettings _settings;
    private readonly BotTimings _timings;
    private readonly TimeProvider _time;
    private readonly ActivityLog _log;
    private readonly OrderTracker _tracker;
    private readonly ClientOrderIds _ids;
    private readonly OrderDesk _desk;
    private readonly MarketReader _market;
    private readonly IAlertSink _alerts;
    private readonly OrderUtilisationAlerts _utilisation;
    private readonly LossAlerts _losses;
    private DateTimeOffset _startedAt;
    private DateTimeOffset? _lastReport;
    private MarketRules _rules = null!;
    private PostOnlyPlacer _placer = null!;
    private ICloseTactic _closeTactic = null!;
    private ICloseTactic _flattener = null!;
    private ITradingStrategy _strategy = null!;
    private StopReason? _stopReason;
    private string _stopDetail = "";
    private DateTimeOffset? _lastStatus;
    private bool _paused;

    public TradingBot(IExchangeClient venue, BotSettings settings, ITradeJournal journal, ILogger logger, TimeProvider? time = null, BotTimings? timings = null, Random? idRandom = null, IAlertSink? alerts = null)
    {
        _journal = journal;
        _settings = settings;
        _timings = timings ?? new BotTimings();
        _time = time ?? TimeProvider.System;
        // hedged: a venue that stops answering must halt the run in a known time, the other leg closed
        _venue = new RefusalGuard(venue, settings.HedgeVenue is null ? null : new VenueSilence(_timings.SilentVenueLimit, _time), _time);
        _log = new ActivityLog(logger);
        _tracker = new OrderTracker(_time);
        _ids = new ClientOrderIds(venue.ClientOrderIdKey, idRandom ?? Random.Shared);
        Ledger = new CostLedger(journal, settings.Direction);
        Statistics = new RunStatistics();
        _desk = new OrderDesk(_venue, _tracker, Ledger, _timings, _time, _log);
        _market = new MarketReader(_venue, _timings, _time, _log);
        _alerts = alerts ?? new LogAlertSink(_log);
        _utilisation = new OrderUtilisationAlerts(_alerts, settings.Label, settings.MaxOrders);
        _losses = new LossAlerts(_alerts, settings.Label, settings.Direction);
        Ledger.FillRecorded += OnFillRecorded;
    }

    public CostLedger Ledger { get; }

    public RunStatistics Statistics { get; }

    /// <summary>The bot's own part of open fill to close sent, timed on every close.</summary>
    public CloseLatency CloseLatency => _desk.CloseLatency;

    public MarketRules Rules => _rules;

    /// <summary>Asked before every cycle (the order budget of Paradex Retail); always open by default.</summary>
    public ICycleGate CycleGate { get; init; } = ICycleGate.AlwaysOpen;

    /// <summary>
    /// The second venue of hedged farming (--hedge-exchange), lent to the strategy; null otherwise. Its fills count
    /// toward --target-volume as this venue's do.
    /// </summary>
    public Hedging.HedgeVenue? Hedge
    {
        get => _hedge;
        init
        {
            _hedge = value;
            if (value is not null)
            {
                value.Ledger.FillRecorded += OnFillRecorded;
            }
        }
    }

    /// <summary>Zone of the report time in runtime reports (the log's TIMEZONE).</summary>
    public TimeZoneInfo ReportTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Raised once the venue is connected and the start-up reconcile is done, before the first cycle.</summary>
    public event Action? TradingStarted;

    /// <summary>What a live status display shows; safe to call from another thread.</summary>
    public BotStatus Status()
    {
        var runTime = _startedAt == default ? TimeSpan.Zero : _time.GetUtcNow() - _startedAt;
        var summary = RunSummary.From(Ledger, Statistics, runTime);
        return new BotStatus(summary, Ledger.NetPosition, Statistics.LastClose, _settings.TargetVolume, _stopReason)
        {
            RestingOrders = _tracker.Where(o => !o.IsTerminal).Count,
            Hedge = Hedge?.Status(runTime),
        };
    }

    /// <summary>Runs until a stop; <paramref name="stopToken"/> asks for a graceful stop (Ctrl-C, SIGTERM).</summary>
    public async Task<BotOutcome> RunAsync(CancellationToken stopToken)
    {
        var startedAt = _startedAt = _time.GetUtcNow();
        try
        {
            await StartAsync();
            await _strategy.StartAsync();
        }
        catch (VenueRefusalException refusal)
        {
            throw new BotStartupException($"Cannot start: {refusal.Message}", refusal.Error);
        }

        using var pumpStop = new CancellationTokenSource();
        var pump = PumpEventsAsync(pumpStop.Token);
        LeftOpen? leftOpen = null;
        try
        {
            await RecoverFillsAsync();
            await ReconcileAtStartAsync();
            if (_stopReason is null)
            {
                TradingStarted?.Invoke();
            }

            while (_stopReason is null)
            {
                if (stopToken.IsCancellationRequested)
                {
                    Stop(StopReason.StopRequested, "stop requested by the trader");
                    break;
                }

                if (LimitReached())
                {
                    break;
                }

                await ReconcileIfDueAsync();
                if (_stopReason is not null)
                {
                    break;
                }

                await _strategy.RunIterationAsync(stopToken);
            }

            _shuttingDown = true;
            await ShutdownAsync();
            leftOpen = await LeftOpenAsync();
        }
        catch (VenueRefusalException refusal)
        {
            await HaltOnRefusalAsync(refusal);
            leftOpen = await LeftOpenAfterRefusalAsync();
        }
        finally
        {
            pumpStop.Cancel(); // inline: callbacks run here, not on a pool thread
            try
            {
                await pump;
            }
            catch (OperationCanceledException)
            {
                // the pump ends by cancellation
            }
        }

        var summary = RunSummary.From(Ledger, Statistics, _time.GetUtcNow() - startedAt) with { LeftOpen = leftOpen };
        foreach (var line in summary.ToLines())
        {
            _log.Info($"{line}");
        }

        if (CloseLatency.Figures() is { } latency)
        {
            _log.Info($"{latency.ToLine()}");
        }

        return new BotOutcome(_stopReason ?? StopReason.StopRequested, _stopDetail, summary);
    }

    private async Task StartAsync()
    {
        var connected = await _venue.ConnectAsync(CancellationToken.None);
        if (!connected.IsSuccess)
        {
            throw new BotStartupException($"Could not connect to {_venue.VenueName}: {connected.Error.Message}", connected.Error);
        }

        _rules = connected.Value;
        await ValidateQuantityAsync();
        _placer = new PostOnlyPlacer(_market, _desk, _ids, _timings, _time, _log);
        var legs = new CloseLegs(_venue, _desk, _market, _placer, _ids, _rules, _settings, _timings, Statistics, _time, _log);
        _closeTactic = CloseTactics.Create(_settings.CloseTacticName, legs);
        _flattener = new TakerClose(legs, ioc: _settings.UseIoc); // start-up and shutdown close at once, whatever the tactic
        _strategy = TradingStrategies.Create(_settings.StrategyName, this);
        LogConfiguration();
        await LogAccountFeeRatesAsync();
    }

    private async Task ValidateQuantityAsync()
    {
        var quantity = _settings.Quantity;
        if (OrderQuantity.Problem(quantity, _rules) is { } problem)
        {
            throw new BotStartupException(problem);
        }

        var top = await _market.ReadTopAsync(CancellationToken.None)
            ?? throw new BotStartupException($"No usable bid/ask on {_rules.Symbol}");
        var notional = quantity * top.Mid;
        if (notional < _rules.MinNotional)
        {
            throw new BotStartupException($"Order notional is less than min notional: {decimal.Round(notional, 2)} < {_rules.MinNotional} on {_rules.Symbol}");
        }

        var capacity = await ReadAtStartAsync(_venue.GetAccountCapacityAsync, "account's free collateral");
        if (AccountCapacityCheck.Refusal(quantity, top.Mid, _rules, capacity) is { } refusal)
        {
            throw new BotStartupException(refusal);
        }
    }

    private void LogConfiguration()
    {
        _log.Info($"=== Trading Configuration ===");
        _log.Info($"Ticker: {_settings.Ticker}");
        _log.Info($"Contract ID: {_rules.Symbol}");
        _log.Info($"Quantity: {_settings.Quantity}");
        _log.Info($"Take Profit: {_settings.TakeProfitPercent}%");
        _log.Info($"Direction: {_settings.Direction.ToLowerName()}");
        _log.Info($"Max Orders: {_settings.MaxOrders}");
        _log.Info($"Wait Time: {_settings.WaitTime.TotalSeconds}s");
        _log.Info($"Exchange: {_settings.Venue}");
        _log.Info($"Grid Step: {_settings.GridStepPercent}%");
        _log.Info($"Stop Price: {_settings.StopPrice ?? -1}");
        _log.Info($"Pause Price: {_settings.PausePrice ?? -1}");
        _log.Info($"Boost Mode: {_settings.Boost}");
        _log.Info($"Use IOC: {_settings.UseIoc} (tolerance {_settings.IocToleranceBps} bps)");
        if (_settings.Boost && _closeTactic.Detail is { } detail)
        {
            _log.Info($"Close: {_closeTactic.Name} ({detail})");
        }

        _log.Info($"Tick Size: {_rules.TickSize}, Size Increment: {_rules.SizeIncrement}, Min Notional: {_rules.MinNotional}");
        _log.Info($"=============================");
    }

    private void Stop(StopReason reason, string detail)
    {
        if (_stopReason is not null)
        {
            return;
        }

        _stopReason = reason;
        _stopDetail = detail;
        if (reason == StopReason.Halted)
        {
            _log.Error($"Trading halted: {detail}");
            _alerts.Send($"⚠️ [{_settings.Label}] Trading halted: {detail}. 当前可能有未平仓位，请检查并手动处理！");
        }
    }

    private async Task<bool> PriceConditionsAllowTradingAsync(CancellationToken stopToken)
    {
        if (!PriceGuard.IsActive(_settings))
        {
            return true;
        }

        var top = await _market.ReadTopAsync(stopToken);
        if (top is null)
        {
            await DelayAsync(_timings.RecheckInterval, stopToken);
            return false;
        }

        switch (PriceGuard.Evaluate(_settings, top))
        {
            case PriceCondition.Stop:
                _log.Warn($"[{_settings.Label}] Stopped trading due to stop price triggered (bid {top.BestBid}, ask {top.BestAsk}, stop {_settings.StopPrice})");
                _alerts.Send($"WARNING: [{_settings.Label}] \nStopped trading due to stop price triggered\n价格已经达到停止交易价格，脚本将停止交易\n");
                Stop(StopReason.StopPrice, "stop price reached");
                return false;
            case PriceCondition.Pause:
                if (!_paused)
                {
                    _log.Info($"Paused: price reached the pause price {_settings.PausePrice} (bid {top.BestBid}, ask {top.BestAsk})");
                }

                _paused = true;
                await DelayAsync(_timings.PauseInterval, stopToken);
                return false;
            default:
                if (_paused)
                {
                    _log.Info($"Resuming: price left the pause zone (bid {top.BestBid}, ask {top.BestAsk})");
                }

                _paused = false;
                return true;
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stopToken)
    {
        try
        {
            await Task.Delay(delay, _time, stopToken);
        }
        catch (OperationCanceledException)
        {
            // a stop request ends the wait; the loop sees it next
        }
    }
}
