namespace VolumeBot.Core.Trading;

/// <summary>The loop's pacing; defaults follow the Python bot (spec 2.13) where it was sound.</summary>
public sealed record BotTimings
{
    /// <summary>How often a resting open order is compared with the touch.</summary>
    public TimeSpan ChaseInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a resting post-only order's price is compared with the touch; the order itself is read over REST only
    /// every <see cref="ChaseInterval"/>. 250 ms: about one step of the venues' fastest book snapshots (GRVT's mini
    /// ticker at 200 ms) and of the calibrated market model, so a touch that moved away is seen within a step; and
    /// 4 reads a second stay well inside Paradex's public REST budget (1,500 a minute per IP) while a venue client
    /// still reads the touch over REST rather than from its streamed book.
    /// </summary>
    public TimeSpan TouchCheckInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long to wait for the stream to confirm a terminal state before asking over REST.</summary>
    public TimeSpan ConfirmTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a taker order (IOC, market) may take to settle before REST is asked.</summary>
    public TimeSpan TakerSettleTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan FillReportTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long cancelling and confirming one order may take in all (back-offs included). An order still unconfirmed
    /// after it halts the run with a clear message instead of stalling; one venue call in flight may run past it.
    /// </summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Hedged runs: how long a venue may leave every request unanswered (5xx, timeouts, refused connections) before it
    /// counts as down for the run, which then halts (see <see cref="VenueSilence"/>). 30 s outlasts the longest retry
    /// ladder of one read on a venue that is only busy (the desk's back-offs of 0.5 to 8 s, 15.5 s in all, over the
    /// clients' own retries of about 4 s) and is half of <see cref="SettleTimeout"/>, so a dead venue halts the run
    /// before any order on it would.
    /// </summary>
    public TimeSpan SilentVenueLimit { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan PauseInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan RecheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan StatusInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often, between cycles, the venue's position and open orders are compared with the bot's view.</summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>First back-off after a transient venue error; doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Attempts for one close before the bot stops and reports an open position.</summary>
    public int CloseAttempts { get; init; } = 5;

    public int PostOnlyAttempts { get; init; } = 20;
}
