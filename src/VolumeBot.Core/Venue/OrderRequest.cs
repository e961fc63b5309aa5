namespace VolumeBot.Core.Venue;

/// <summary>What the bot asks a venue to do. Every order carries the bot's own client id.</summary>
public sealed record OrderRequest(
    string ClientOrderId,
    Side Side,
    OrderKind Kind,
    decimal Quantity,
    decimal? Price,
    bool ReduceOnly = false);
