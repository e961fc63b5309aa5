using VolumeBot.Core.Venue;

namespace VolumeBot.Core.Trading.Closing;

/// <summary>How a filled size is closed (boost mode's --close; start-up and shutdown flattening use a taker tactic).</summary>
public interface ICloseTactic
{
    /// <summary>The --close name.</summary>
    string Name { get; }

    /// <summary>What the start-up configuration says of it beyond its name; null when the runbot lines say it all.</summary>
    string? Detail => null;

    /// <summary>Closes <paramref name="quantity"/> by <paramref name="side"/> orders; the report says what filled and at what average.</summary>
    Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose);

    /// <summary>
    /// As <see cref="CloseAsync(Side, decimal, int, OrderPurpose)"/>, but once <paramref name="takeNow"/> is cancelled
    /// a patient tactic stops resting and takes what is left at once (a hedged unwind whose other leg cannot follow).
    /// </summary>
    Task<CloseReport> CloseAsync(Side side, decimal quantity, int cycle, OrderPurpose purpose, CancellationToken takeNow) =>
        CloseAsync(side, quantity, cycle, purpose);
}
