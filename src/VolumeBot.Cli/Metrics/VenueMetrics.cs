using Prometheus;
using VolumeBot.Core.Accounting;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Metrics;

/// <summary>
/// One venue's series of the run, each labelled with that venue (a hedged run has two sets under the same names):
/// its volume, costs, fills and position from its ledger, and what its metered seam saw (errors, reconnects, open
/// orders, the newest fill).
/// </summary>
internal sealed class VenueMetrics : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly Gauge _quoteVolume;
    private readonly Gauge _fees;
    private readonly Gauge _slippage;
    private readonly Gauge _totalCost;
    private readonly Gauge _fills;
    private readonly Gauge _position;
    private readonly Gauge _openOrders;
    private readonly Counter _errors;
    private readonly Counter _reconnects;
    private readonly Gauge _sinceLastFill;
    private readonly Lock _gate = new();
    private MeteredExchangeClient? _metered;
    private DateTimeOffset? _lastFill;

    public VenueMetrics(IMetricFactory factory, TimeProvider time)
    {
        _time = time;
        _quoteVolume = factory.CreateGauge("volumebot_quote_volume_usdt", "Quote volume filled this run (USDT)");
        _fees = factory.CreateGauge("volumebot_fees_usdt", "Fees paid this run by liquidity role (USDT; a maker rebate is negative)", ["role"]);
        _slippage = factory.CreateGauge("volumebot_slippage_usdt", "Slippage against the reference mid this run (USDT, positive is a cost)");
        _totalCost = factory.CreateGauge("volumebot_total_cost_usdt", "Fees plus slippage this run (USDT)");
        _fills = factory.CreateGauge("volumebot_fills", "Fills recorded this run");
        _position = factory.CreateGauge("volumebot_position_base", "Net position from this run's fills (base units, negative is short)");
        _openOrders = factory.CreateGauge("volumebot_open_orders", "Orders open on the market as the venue last reported them");
        _errors = factory.CreateCounter("volumebot_venue_errors_total", "Venue calls that came back with an error, by kind", ["kind"]);
        _reconnects = factory.CreateCounter("volumebot_reconnects_total", "Times the venue's order stream came back after being down");
        _sinceLastFill = factory.CreateGauge("volumebot_seconds_since_last_fill", "Seconds since the newest fill of this run (absent before the first)", new GaugeConfiguration { SuppressInitialValue = true });
    }

    public IExchangeClient Meter(IExchangeClient venue)
    {
        _metered = new MeteredExchangeClient(venue, this);
        return _metered;
    }

    /// <summary>Counts the ledger's fills for the time since the newest one.</summary>
    public void Watch(CostLedger ledger) => ledger.FillRecorded += (fill, _) => FillSeen(fill.Time);

    internal void ErrorSeen(VenueErrorKind kind) => _errors.WithLabels(kind.ToString()).Inc();

    internal void Reconnected() => _reconnects.Inc();

    internal void FillSeen(DateTimeOffset time)
    {
        lock (_gate)
        {
            _lastFill = _lastFill is { } last && last > time ? last : time;
        }
    }

    /// <summary>Sets the series from the venue's figures at a scrape (none before the run has any).</summary>
    public void Refresh(RunSummary? summary, decimal position)
    {
        if (summary is not null)
        {
            _quoteVolume.Set((double)summary.QuoteVolume);
            _fees.WithLabels("maker").Set((double)summary.MakerFees);
            _fees.WithLabels("taker").Set((double)summary.TakerFees);
            _slippage.Set((double)summary.Slippage);
            _totalCost.Set((double)summary.TotalCost);
            _fills.Set(summary.Fills);
            _position.Set((double)position);
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
    }

    public async ValueTask DisposeAsync()
    {
        if (_metered is not null)
        {
            await _metered.DisposeAsync();
        }
    }
}
