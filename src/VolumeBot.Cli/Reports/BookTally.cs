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
    private decimal _baseVolume, _quoteVolume, _makerVolume, _takerVolume, _makerFees, _takerFees, _otherFees, _cost;
    private decimal? _slippage;
    private decimal _todayVolume, _todayCost, _currentHourVolume, _currentHourCost, _lastHourVolume, _lastHourCost;
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
        _baseVolume += fill.Quantity;
        _quoteVolume += notional;
        _cost += cost;
        switch (fill.Role)
        {
            case LiquidityRole.Maker:
                _makerFills++;
                _makerVolume += notional;
                _makerFees += fee;
                break;
            case LiquidityRole.Taker:
                _takerFills++;
                _takerVolume += notional;
                _takerFees += fee;
                break;
            default:
                _otherFees += fee;
                break;
        }

        if (fill.Fee is null)
        {
            _fillsWithoutFee++;
        }

        if (slippage is { } known)
        {
            _slippage = (_slippage ?? 0) + known;
        }

        if (_dates.Of(fill.Time) == _today)
        {
            _todayVolume += notional;
            _todayCost += cost;
        }

        switch ((now - fill.Time).TotalSeconds)
        {
            case >= 0 and <= 3600:
                _currentHourVolume += notional;
                _currentHourCost += cost;
                break;
            case > 3600 and <= 7200:
                _lastHourVolume += notional;
                _lastHourCost += cost;
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
        var fees = _makerFees + _takerFees + _otherFees;
        return new PairStats(
            pair,
            _fills,
            _baseVolume,
            _quoteVolume,
            _makerFills,
            _takerFills,
            _makerVolume,
            _takerVolume,
            _makerFees,
            _takerFees,
            _otherFees,
            _fillsWithoutFee,
            _slippage,
            fees + (_slippage ?? 0),
            _iocCloses.ToCount(),
            new VolumeCost(_todayVolume, _todayCost),
            new VolumeCost(_currentHourVolume, _currentHourCost),
            new VolumeCost(_lastHourVolume, _lastHourCost),
            new VolumeCost(_quoteVolume / days, _cost / days),
            new VolumeCost(_quoteVolume / hours, _cost / hours),
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
