using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Placing;

/// <summary>
/// What the post-only placer is asked to rest: the size, how to price it from the touch, and how long it may rest.
/// An open and a maker close are chased (<see cref="Chase"/> set); a take-profit is left resting once the venue took it.
/// </summary>
public sealed record PostOnlyQuote
{
    public required Side Side { get; init; }

    public required decimal Quantity { get; init; }

    public required OrderPurpose Purpose { get; init; }

    public required int Cycle { get; init; }

    /// <summary>The CSV close method of its fills (null for an open).</summary>
    public string? CloseMethod { get; init; }

    public bool ReduceOnly { get; init; }

    /// <summary>The limit for this touch; the touch is null only for a quote that may be priced without a book.</summary>
    public required Func<TopOfBook?, decimal> PriceFor { get; init; }

    /// <summary>False for a take-profit, which is priced from its open and may be placed without a usable book.</summary>
    public bool NeedsTouch { get; init; } = true;

    /// <summary>How many times an error other than crossing is retried after a back-off (a take-profit must rest).</summary>
    public int OtherErrorRetries { get; init; }

    /// <summary>Null: place and leave resting. Otherwise the order rests while the chase says so, then is cancelled.</summary>
    public ChaseRule? Chase { get; init; }

    public string Tag => ActivityLog.Tag(Purpose);
}

/// <summary>
/// While a chased order rests: every check the touch is read and <see cref="KeepResting"/> asked (given the resting
/// price and the touch); past <see cref="Until"/> it is cancelled whatever the touch.
/// </summary>
public sealed record ChaseRule(Func<decimal, TopOfBook, bool> KeepResting, DateTimeOffset? Until = null);

/// <summary>
/// What a post-only placement ended with: the last order placed (if any), how much of it filled, and why it failed.
/// <paramref name="Error"/> is the venue's refusal when it was refused outright or accepted and then rejected.
/// </summary>
public sealed record Placement(TrackedOrder? Order, decimal Filled, string? Failure, bool Unsettled = false, VenueError? Error = null)
{
    public decimal? LimitPrice => Order?.Request.Price;
}
