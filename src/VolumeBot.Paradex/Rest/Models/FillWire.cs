namespace VolumeBot.Paradex.Rest.Models;

/// <summary>The fill object of GET /fills and the fills.{market} channel (protocol §5.3).</summary>
internal sealed record FillWire(
    string Id,
    string? OrderId,
    string? ClientId,
    string? Market,
    string Side,
    string Size,
    string Price,
    string? Fee,
    string? Liquidity,
    long CreatedAt);
