namespace VolumeBot.Core.Accounting;

/// <summary>Counters of the run that are not derived from fills.</summary>
public sealed class RunStatistics
{
    private int _cycles;
    private int _openOrders;
    private int _iocFull;
    private int _iocPartial;
    private int _iocFailed;
    private int _marketFallbacks;
    private int _reconcileCloses;
    private int _failedCloses;

    public int Cycles => _cycles;

    public int OpenOrders => _openOrders;

    public int IocFull => _iocFull;

    public int IocPartial => _iocPartial;

    public int IocFailed => _iocFailed;

    public int MarketFallbacks => _marketFallbacks;

    public int ReconcileCloses => _reconcileCloses;

    public int FailedCloses => _failedCloses;

    public decimal EstimatedSavings { get; private set; }

    /// <summary>close_method of the newest close (market, ioc_success, ioc_partial, ioc_failed, take_profit).</summary>
    public string? LastClose { get; set; }

    public void CycleCompleted() => Interlocked.Increment(ref _cycles);

    public void OpenOrderPlaced() => Interlocked.Increment(ref _openOrders);

    public void ReconcileClose() => Interlocked.Increment(ref _reconcileCloses);

    public void CloseFailed() => Interlocked.Increment(ref _failedCloses);

    /// <summary>Spec 2.8's rule, with the zero-fill case counted (the Python never reached it).</summary>
    public void IocResult(decimal filled, decimal requested, bool fellBackToMarket)
    {
        if (filled >= requested)
        {
            Interlocked.Increment(ref _iocFull);
            return;
        }

        Interlocked.Increment(ref filled > 0 ? ref _iocPartial : ref _iocFailed);
        if (fellBackToMarket)
        {
            Interlocked.Increment(ref _marketFallbacks);
        }
    }

    public void AddSavings(decimal savings) => EstimatedSavings += savings;
}
