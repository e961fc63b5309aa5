using System.Net;
using Prometheus;
using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Metrics;

/// <summary>
/// The run's Prometheus metrics at /metrics, labelled by venue, market and account: read from the bot's status at
/// each scrape, plus what the metered venue saw (errors, reconnects, open orders) and the time of the newest fill. A
/// hedged run has each venue's series under its own venue label, and the net exposure across both. The trading loop
/// is not touched: everything comes from its status, its ledgers' fills and the venue seams.
/// </summary>
public sealed class RunMetrics : IAsyncDisposable
{
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly MetricsEndpoint _endpoint;
    private readonly TimeProvider _time;
    private readonly string _market;
    private readonly string _account;
    private readonly VenueMetrics _venue;
    private readonly Gauge _cycles;
    private readonly Gauge _orderBudget;
    private readonly Gauge _runSeconds;
    private readonly Gauge _netExposure;
    private VenueMetrics? _hedge;
    private MetricServer? _server;
    private Func<BotStatus>? _status;
    private Func<double?>? _orderBudgetLeft;

    public RunMetrics(MetricsEndpoint endpoint, string venue, string market, string account, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _time = time;
        _market = market;
        _account = account;
        var factory = VenueFactory(venue);
        _venue = new VenueMetrics(factory, time);
        _cycles = factory.CreateGauge("volumebot_cycles", "Open/close cycles completed this run");
        _orderBudget = factory.CreateGauge("volumebot_order_budget_remaining", "Orders the venue still allows in its current window, where it has such a budget", new GaugeConfiguration { SuppressInitialValue = true });
        _runSeconds = factory.CreateGauge("volumebot_run_seconds", "Seconds since the run started");
        _netExposure = Prometheus.Metrics.WithCustomRegistry(_registry)
            .WithLabels(new Dictionary<string, string> { ["market"] = market, ["account"] = account })
            .CreateGauge("volumebot_net_exposure_base", "A hedged run's positions on both venues added up (base units; absent when not hedging)", new GaugeConfiguration { SuppressInitialValue = true });
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
    public IExchangeClient Meter(IExchangeClient venue) => _venue.Meter(venue);

    /// <summary>The hedge venue of a hedged run, metered like the runner's under its own venue label.</summary>
    public IExchangeClient MeterHedge(IExchangeClient hedge)
    {
        ArgumentNullException.ThrowIfNull(hedge);
        _hedge = new VenueMetrics(VenueFactory(hedge.VenueName), _time);
        return _hedge.Meter(hedge);
    }

    /// <summary>Reads the bot's status at every scrape and the time of each new fill, on both venues when hedged.</summary>
    public void Watch(TradingBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        _status = bot.Status;
        _venue.Watch(bot.Ledger);
        if (bot.Hedge is { } hedge)
        {
            _hedge?.Watch(hedge.Ledger);
        }
    }

    /// <summary>
    /// The hook for a venue with an order budget (Paradex Retail's order limits): the source is read at each scrape
    /// and the gauge is exported once it gives a value.
    /// </summary>
    public void OrderBudgetFrom(Func<double?> remaining) => _orderBudgetLeft = remaining;

    private IMetricFactory VenueFactory(string venue) =>
        Prometheus.Metrics.WithCustomRegistry(_registry).WithLabels(new Dictionary<string, string>
        {
            ["venue"] = venue,
            ["market"] = _market,
            ["account"] = _account,
        });

    private void Refresh()
    {
        var status = _status?.Invoke();
        _venue.Refresh(status?.Summary, status?.Position ?? 0);
        _hedge?.Refresh(status?.Hedge?.Summary, status?.Hedge?.Position ?? 0);
        if (status is not null)
        {
            _cycles.Set(status.Summary.Cycles);
            _runSeconds.Set(status.Summary.RunTime.TotalSeconds);
        }

        if (status?.NetExposure is { } exposure)
        {
            _netExposure.Set((double)exposure);
        }

        if (_orderBudgetLeft?.Invoke() is { } budget)
        {
            _orderBudget.Set(budget);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _venue.DisposeAsync();
        if (_hedge is not null)
        {
            await _hedge.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync();
            _server.Dispose();
        }
    }
}
