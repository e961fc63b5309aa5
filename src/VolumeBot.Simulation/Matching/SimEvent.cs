using VolumeBot.Core.Venue;

namespace VolumeBot.Simulation.Matching;

/// <summary>What the simulated venue tells an account: an order changed, or a fill happened.</summary>
public abstract record SimEvent(string Account);

public sealed record SimOrderChanged(string Account, OrderSnapshot Order) : SimEvent(Account);

public sealed record SimFillHappened(string Account, Fill Fill) : SimEvent(Account);
