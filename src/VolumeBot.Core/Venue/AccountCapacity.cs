namespace VolumeBot.Core.Venue;

/// <summary>The account's margin headroom in quote currency (Paradex free_collateral, GRVT available_balance).</summary>
public sealed record AccountCapacity(decimal FreeCollateral);
