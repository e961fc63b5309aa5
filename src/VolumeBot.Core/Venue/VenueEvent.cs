namespace VolumeBot.Core.Venue;

/// <summary>Something the venue pushed. Events may arrive late, twice, or for orders that are not the current one.</summary>
public abstract record VenueEvent;

public sealed record OrderUpdated(OrderSnapshot Order) : VenueEvent;

public sealed record FillReported(Fill Fill) : VenueEvent;

/// <summary>The stream was down and is back: anything may have been missed, so the loop reconciles.</summary>
public sealed record StreamRestored(DateTimeOffset DownSince) : VenueEvent;
