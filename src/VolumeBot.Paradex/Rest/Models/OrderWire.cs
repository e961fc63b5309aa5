namespace VolumeBot.Paradex.Rest.Models;

/// <summary>The order object of REST responses and the orders.{market} channel (protocol §5.2).</summary>
internal sealed record OrderWire(
    string Id,
    string? Market,
    string Side,
    string Type,
    string Size,
    string? RemainingSize,
    string? Price,
    string? AvgFillPrice,
    string Status,
    string? CancelReason,
    string? Instruction,
    List<string>? Flags,
    string? ClientId,
    long CreatedAt,
    long LastUpdatedAt);
