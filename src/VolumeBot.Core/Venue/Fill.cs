namespace VolumeBot.Core.Venue;

/// <summary>One execution. Fee is in quote currency: positive is paid, negative is a rebate.</summary>
public sealed record Fill(
    string FillId,
    string? VenueOrderId,
    string? ClientOrderId,
    Side Side,
    decimal Quantity,
    decimal Price,
    decimal Fee,
    LiquidityRole Role,
    DateTimeOffset Time)
{
    public decimal Notional => Quantity * Price;
}
