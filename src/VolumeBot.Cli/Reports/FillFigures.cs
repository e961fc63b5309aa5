using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// What the report adds up of one fill, without its ids: `stats` hands one on per row of a file without making a
/// string. <paramref name="Run"/> is the run of the fill's client id (<see cref="Core.Trading.ClientOrderIds.RunOf"/>),
/// the one id the report groups by; "" when unknown or not needed.
/// </summary>
public readonly record struct FillFigures(
    DateTimeOffset Time,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal? Fee,
    LiquidityRole? Role,
    string? TradeRole,
    string? CloseMethod,
    decimal? ReferenceMid,
    int? Cycle,
    string Run)
{
    public decimal Notional => Quantity * Price;

    /// <summary>Positive is a cost: bought above or sold below the mid seen when the order was decided (as the run's ledger counts it).</summary>
    public decimal? Slippage
    {
        get
        {
            if (ReferenceMid is not { } mid)
            {
                return null;
            }

            var paidOverMid = (Price - mid) * Quantity; // what Side.Sign() * (Price - mid) * Quantity gives, one multiplication fewer
            return Side == Side.Buy ? paidOverMid : -paidOverMid;
        }
    }

    /// <summary>True for a fill of an IOC close, whose fills the report groups by run and cycle.</summary>
    public static bool IsIocClose(string? tradeRole, string? closeMethod) => tradeRole == "CLOSE" && closeMethod is "ioc" or "ioc_fallback";
}

/// <summary>Takes one fill's figures as a file is read.</summary>
public delegate void FillFiguresHandler(in FillFigures fill);
