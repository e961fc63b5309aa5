using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Accounting;

/// <summary>A close order still resting when the run stopped (normal mode's take-profits).</summary>
public sealed record RestingOrder(string ClientOrderId, Side Side, decimal Remaining, decimal Price, int? Cycle);

/// <summary>What a stop leaves on the venue: the position (null when it could not be read) and the resting take-profits.</summary>
public sealed record LeftOpen(decimal? Position, IReadOnlyList<RestingOrder> TakeProfits);
