using VolumeBot.Core.Accounting;

namespace VolumeBot.Core.Trading;

/// <summary>One venue of a hedged run at a moment: its own figures, its position and the bot's orders resting there.</summary>
public sealed record VenueStatus(string Venue, RunSummary Summary, decimal Position, int RestingOrders);
