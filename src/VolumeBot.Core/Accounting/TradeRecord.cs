using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Accounting;

/// <summary>One row of the trades CSV: one fill, never an order event.</summary>
public sealed record TradeRecord(
    DateTimeOffset Time,
    string OrderId,
    Side Side,
    decimal Quantity,
    decimal Price,
    string Status,
    decimal Fee,
    decimal FeeRatePercent,
    LiquidityRole Role,
    string TradeRole,
    string? CloseMethod,
    decimal? ReferenceMid,
    int? Cycle,
    string? ClientOrderId,
    string FillId);
