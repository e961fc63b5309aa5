using System.Net;
using Prometheus;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Metrics;

/// <summary>
/// The run's Prometheus metrics at /metrics, labelled by venue, market and account: read from the bot's status at
/// each scrape, plus what the metered venue saw (errors, reconnects, open orders) and the time of the newest fill. The
/// trading loop is not touched: everything comes from its status, its ledger's fills and the venue seam.
/// </summary>
public sealed class RunMetrics : IAsyncDisposable
{
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly MetricsEndpoint _endpoint;
    private readonly TimeProvider _time;
    private readonly Gauge _quoteVolume;
    private readonly Gauge _fees;
    private readonly Gauge _slippage;
    private readonly Gauge _totalCost;
    private readonly Gauge _cycles;
    private readonly Gauge _fills;
    private readonly Gauge _position;
    private readonly Gauge _openOrders;
    private readonly Counter _errors;
    private readonly Counter _reconnects;
    private readonly Gauge _sinceLastFill;
    private readonly Gauge _orderBudget;
    private readonly Gauge _runSeconds;
    private readonly Lock _gate = new();
    private MetricServer? _server;
    private Func<BotStatus>? _status;
    private MeteredExchangeClient? _metered;
    private Func<double?>? _orderBudgetLeft;
    private DateTimeOffset? _lastFill;

    public RunMetrics(MetricsEndpoint endpoint, string venue, string market, string account, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _time = time;
        var factory = Prometheus.Metrics.WithCustomRegistry(_registry).WithLabels(new Dictionary<string, string>
        {
            ["venue"] = venue,
            ["market"] = market,
            ["account"] = account,
        });
        _quoteVolume = factory.CreateGauge("volumebot_quote_volume_usdt", "Quote volume filled this run (USDT)");
        _fees = factory.CreateGauge("volumebot_fees_usdt", "Fees paid this run by liquidity role (USDT; a maker rebate is negative)", ["role"]);
        _slippage = factory.CreateGauge("volumebot_slippage_usdt", "Slippage against the reference mid this run (USDT, positive is a cost)");
        _totalCost = factory.CreateGauge("volumebot_total_cost_usdt", "Fees plus slippage this run (USDT)");
        _cycles = factory.CreateGauge("volumebot_cycles", "Open/close cycles completed this run");
        _fills = factory.CreateGauge("volumebot_fills", "Fills recorded this run");
        _position = factory.CreateGauge("volumebot_position_base", "Net position from this run's fills (base units, negative is short)");
        _openOrders = factory.CreateGauge("volumebot_open_orders", "Orders open on the market as the venue last reported them");
        _errors = factory.CreateCounter("volumebot_venue_errors_total", "Venue calls that came back with an error, by kind", ["kind"]);
        _reconnects = factory.CreateCounter("volumebot_reconnects_total", "Times the venue's order stream came back after being down");
        _sinceLastFill = factory.CreateGauge("volumebot_seconds_since_last_fill", "Seconds since the newest fill of this run (absent before the first)", new GaugeConfiguration { SuppressInitialValue = true });
        _orderBudget = factory.CreateGauge("volumebot_order_budget_remaining", "Orders the venue still allows in its current window, where it has such a budget", new GaugeConfiguration { SuppressInitialValue = true });
        _runSeconds = factory.CreateGauge("volumebot_run_seconds", "Seconds since the run started");
        _registry.AddBeforeCollectCallback(Refresh);
    }

    public string Url => _endpoint.Url;

    /// <summary>Starts serving; the error names the flag when the port cannot be opened.</summary>
    public string? Start()
    {
        try
        {
            _server = new MetricServer(_endpoint.ListenerHost, _endpoint.Port, "metrics/", _registry);
            _server.Start();
            return null;
        }
        catch (HttpListenerException refused)
        {
            _server = null;
            return $"--metrics-port {_endpoint.Port} cannot be opened on {_endpoint.Host}: {refused.Message}";
        }
    }

    /// <summary>The venue as the bot should see it: the same venue, with errors, reconnects and open orders counted.</summary>
    public IExchangeClient Meter(IExchangeClient venue)
    {
        _metered = new MeteredExchangeClient(venue, this);
        return _metered;
    }

    /// <summary>Reads the bot's status at every scrape and the time of each new fill.</summary>
    public void Watch(TradingBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        _status = bot.Status;
        bot.Ledger.FillRecorded += (fill, _) => FillSeen(fill.Time);
    }

    /// <summary>
    /// The hook for a venue with an order budget (Paradex Retail's order limits): the source is read at each scrape
    /// and the gauge is exported once it gives a value.
    /// </summary>
    public void OrderBudgetFrom(Func<double?> remaining) => _orderBudgetLeft = remaining;

    internal void ErrorSeen(VenueErrorKind kind) => _errors.WithLabels(kind.ToString()).Inc();

    internal void Reconnected() => _reconnects.Inc();

    internal void FillSeen(DateTimeOffset time)
    {
        lock (_gate)
        {
            _lastFill = _lastFill is { } last && last > time ? last : time;
        }
    }

    private void Refresh()
    {
        if (_status?.Invoke() is { } status)
        {
            var summary = status.Summary;
            _quoteVolume.Set((double)summary.QuoteVolume);
            _fees.WithLabels("maker").Set((double)summary.MakerFees);
            _fees.WithLabels("taker").Set((double)summary.TakerFees);
            _slippage.Set((double)summary.Slippage);
            _totalCost.Set((double)summary.TotalCost);
            _cycles.Set(summary.Cycles);
            _fills.Set(summary.Fills);
            _position.Set((double)status.Position);
            _runSeconds.Set(summary.RunTime.TotalSeconds);
        }

        if (_metered is { } metered)
        {
            _openOrders.Set(metered.OpenOrders);
        }

        DateTimeOffset? lastFill;
        lock (_gate)
        {
            lastFill = _lastFill;
        }

        if (lastFill is { } fill)
        {
            _sinceLastFill.Set(Math.Max(0, (_time.GetUtcNow() - fill).TotalSeconds));
        }

        if (_orderBudgetLeft?.Invoke() is { } budget)
        {
            _orderBudget.Set(budget);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_metered is not null)
        {
            await _metered.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync();
            _server.Dispose();
        }
    }
}
