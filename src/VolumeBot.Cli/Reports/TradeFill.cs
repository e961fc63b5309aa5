using VolumeBot.Core.Trading;
using VolumeBot.Core.Venue;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// One fill read back from a trades CSV. Fee is signed (negative = rebate) in this bot's files and |fee| in the Python
/// bot's; null where the row carries no fee. The trailing fields exist only in this bot's files.
/// </summary>
public sealed record TradeFill(
    PairAccount Pair,
    DateTimeOffset Time,
    string OrderId,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal? Fee,
    LiquidityRole? Role,
    string? TradeRole = null,
    string? CloseMethod = null,
    decimal? ReferenceMid = null,
    int? Cycle = null,
    string? ClientOrderId = null,
    string? FillId = null)
{
    public decimal Notional => Quantity * Price;

    /// <summary>See <see cref="FillFigures.Slippage"/>.</summary>
    public decimal? Slippage => Figures.Slippage;

    /// <summary>What the report adds up of this fill.</summary>
    public FillFigures Figures => new(
        Time, Side, Quantity, Price, Fee, Role, TradeRole, CloseMethod, ReferenceMid, Cycle,
        FillFigures.IsIocClose(TradeRole, CloseMethod) ? ClientOrderIds.RunOf(ClientOrderId) : "");
}
