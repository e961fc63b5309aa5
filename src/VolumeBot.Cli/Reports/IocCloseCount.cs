using VolumeBot.Core.Trading;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// IOC closes recovered from the CSV. The fills of one close share a run (the run prefix of the bot's client ids) and
/// a cycle: IOC fills and no fallback fills is a full close, IOC and fallback fills a partial one, fallback fills only
/// a failed IOC (an IOC that fills nothing writes no row). Start-up and shutdown closes of one run share cycle 0 and
/// are counted as one close.
/// </summary>
public sealed record IocCloseCount(int Full, int Partial, int Failed)
{
    public static IocCloseCount Empty { get; } = new(0, 0, 0);

    public int Total => Full + Partial + Failed;

    public static IocCloseCount From(IEnumerable<TradeFill> fills)
    {
        int full = 0, partial = 0, failed = 0;
        var closes = fills
            .Where(f => f.TradeRole == "CLOSE" && f.CloseMethod is "ioc" or "ioc_fallback")
            .GroupBy(f => (Run: RunOf(f.ClientOrderId), f.Cycle));
        foreach (var close in closes)
        {
            var ioc = close.Any(f => f.CloseMethod == "ioc");
            var fallback = close.Any(f => f.CloseMethod == "ioc_fallback");
            if (ioc && !fallback)
            {
                full++;
            }
            else if (ioc)
            {
                partial++;
            }
            else
            {
                failed++;
            }
        }

        return new IocCloseCount(full, partial, failed);
    }

    private static string RunOf(string? clientOrderId) => ClientOrderIds.RunOf(clientOrderId);
}
