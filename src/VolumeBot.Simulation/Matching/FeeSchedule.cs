namespace VolumeBot.Simulation.Matching;

/// <summary>Maker and taker fee rates as fractions of notional (0.0003 = 3 bps); a negative maker rate is a rebate.</summary>
public sealed record FeeSchedule(decimal MakerRate, decimal TakerRate, string Profile = "custom")
{
    /// <summary>Paradex API orders: maker 0.003 %, taker 0.045 % (protocols/paradex.md §7, Aug 2026).</summary>
    public static FeeSchedule Paradex { get; } = new(0.00003m, 0.00045m);

    /// <summary>GRVT: maker -0.01 % (rebate), taker 0.055 % (protocols/grvt.md §7.3).</summary>
    public static FeeSchedule Grvt { get; } = new(-0.0001m, 0.00055m);

    public static FeeSchedule ForVenue(string venue) =>
        venue.Equals("grvt", StringComparison.OrdinalIgnoreCase) ? Grvt : Paradex;
}
