using System.Runtime.CompilerServices;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// One book's running totals, fed one fill at a time so a file of millions of rows is never held (see
/// <see cref="StatsCalculator"/> for what each figure means). The order fills arrive in does not matter.
/// </summary>
public sealed class BookTally(PairAccount pair, DateTimeOffset now, TimeZoneInfo zone)
{
    private readonly IocCloseTally _iocCloses = new();
    private FeeClassSplit.Tally _feeClasses;
    private readonly LocalDates _dates = new(zone);
    private readonly DateTime _today = TimeZoneInfo.ConvertTime(now, zone).Date;
    private int _fills, _makerFills, _takerFills, _fillsWithoutFee;
    // each sum adds as integers (DecimalSum) and comes out as the decimal that adding the fills one by one gives
    private DecimalSum _baseVolume, _quoteVolume, _makerVolume, _takerVolume, _makerFees, _takerFees, _otherFees, _cost, _slippage;
    private bool _hasSlippage;
    private DecimalSum _todayVolume, _todayCost, _currentHourVolume, _currentHourCost, _lastHourVolume, _lastHourCost;
    private DateTimeOffset _first = DateTimeOffset.MaxValue, _last = DateTimeOffset.MinValue;

    public PairAccount Pair => pair;

    public int Fills => _fills;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(in FillFigures fill)
    {
        var notional = fill.Notional;
        var fee = fill.Fee ?? 0;
        var slippage = fill.Slippage;
        var cost = fee + (slippage ?? 0);
        _fills++;
        _baseVolume.Add(fill.Quantity);
        _quoteVolume.Add(notional);
        _cost.Add(cost);
        switch (fill.Role)
        {
            case LiquidityRole.Maker:
                _makerFills++;
                _makerVolume.Add(notional);
                _makerFees.Add(fee);
                break;
            case LiquidityRole.Taker:
                _takerFills++;
                _takerVolume.Add(notional);
                _takerFees.Add(fee);
                break;
            default:
                _otherFees.Add(fee);
                break;
        }

        if (fill.Fee is null)
        {
            _fillsWithoutFee++;
        }

        if (slippage is { } known)
        {
            _slippage.Add(known);
            _hasSlippage = true;
        }

        if (_dates.Of(fill.Time) == _today)
        {
            _todayVolume.Add(notional);
            _todayCost.Add(cost);
        }

        switch ((now - fill.Time).TotalSeconds)
        {
            case >= 0 and <= 3600:
                _currentHourVolume.Add(notional);
                _currentHourCost.Add(cost);
                break;
            case > 3600 and <= 7200:
                _lastHourVolume.Add(notional);
                _lastHourCost.Add(cost);
                break;
        }

        _first = fill.Time < _first ? fill.Time : _first;
        _last = fill.Time > _last ? fill.Time : _last;
        _iocCloses.Add(fill);
        _feeClasses.Add(fill.Fee, notional);
    }

    public PairStats ToStats()
    {
        if (_fills == 0)
        {
            throw new InvalidOperationException("a book has at least one fill");
        }

        var days = Math.Max(1, (TimeZoneInfo.ConvertTime(_last, zone).Date - TimeZoneInfo.ConvertTime(_first, zone).Date).Days + 1);
        var hours = Math.Max(1, (int)Math.Ceiling((_last - _first).TotalHours));
        var fees = _makerFees.Value + _takerFees.Value + _otherFees.Value;
        decimal? slippage = _hasSlippage ? _slippage.Value : null;
        var (quoteVolume, cost) = (_quoteVolume.Value, _cost.Value);
        return new PairStats(
            pair,
            _fills,
            _baseVolume.Value,
            quoteVolume,
            _makerFills,
            _takerFills,
            _makerVolume.Value,
            _takerVolume.Value,
            _makerFees.Value,
            _takerFees.Value,
            _otherFees.Value,
            _fillsWithoutFee,
            slippage,
            fees + (slippage ?? 0),
            _iocCloses.ToCount(),
            new VolumeCost(_todayVolume.Value, _todayCost.Value),
            new VolumeCost(_currentHourVolume.Value, _currentHourCost.Value),
            new VolumeCost(_lastHourVolume.Value, _lastHourCost.Value),
            new VolumeCost(quoteVolume / days, cost / days),
            new VolumeCost(quoteVolume / hours, cost / hours),
            _first,
            _last) { FeeClasses = _feeClasses.ToSplit() };
    }

    /// <summary>
    /// The calendar date of an instant in the zone, converted once per UTC minute: zone offsets and their changes fall
    /// on whole minutes, and a run writes many fills a minute.
    /// </summary>
    private sealed class LocalDates(TimeZoneInfo zone)
    {
        private long _minute = long.MinValue;
        private DateTime _date;

        public DateTime Of(DateTimeOffset time)
        {
            var minute = time.UtcTicks / TimeSpan.TicksPerMinute;
            if (minute != _minute)
            {
                _minute = minute;
                _date = TimeZoneInfo.ConvertTime(time, zone).Date;
            }

            return _date;
        }
    }
}
