namespace VolumeBot.Simulation.Matching;

/// <summary>
/// Maker and taker fee rates as fractions of notional (0.0003 = 3 bps); a negative maker rate is a rebate.
/// <see cref="Profile"/> names where the rates came from (a <see cref="FeeProfile"/>, or what overrode it).
/// </summary>
public sealed record FeeSchedule(decimal MakerRate, decimal TakerRate, string Profile = "custom")
{
    /// <summary>The Paradex default, <see cref="FeeProfile.ParadexPro"/>.</summary>
    public static FeeSchedule Paradex => FeeProfile.ParadexPro.Schedule;

    /// <summary>The GRVT default, <see cref="FeeProfile.GrvtLevel1"/>.</summary>
    public static FeeSchedule Grvt => FeeProfile.GrvtLevel1.Schedule;

    public static FeeSchedule ForVenue(string venue) => FeeProfile.DefaultFor(venue).Schedule;

    public decimal MakerBps => MakerRate * 10_000m;

    public decimal TakerBps => TakerRate * 10_000m;
}
