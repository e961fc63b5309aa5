namespace VolumeBot.Paradex.Rest.Models;

/// <summary>One entry of GET /positions.</summary>
internal sealed record PositionWire(string Market, string? Status, string? Side, string Size);
