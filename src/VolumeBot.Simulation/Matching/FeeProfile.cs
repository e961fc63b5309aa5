using System.Globalization;

namespace VolumeBot.Simulation.Matching;

/// <summary>
/// A named, dated fee schedule with its source, shared by --paper, `simulate` and `estimate` (--fee-profile NAME).
/// Live runs never use these: they take each fill's real fee from the venue.
/// </summary>
public sealed record FeeProfile(string Name, string Venue, decimal MakerBps, decimal TakerBps, string Source, string AsOf)
{
    /// <summary>Paradex API ("Pro") orders: flat 0.3 bps maker, 4.5 bps taker at the lowest 14-day volume tier.</summary>
    public static FeeProfile ParadexPro { get; } = new(
        "paradex-pro", "paradex", 0.3m, 4.5m, "Paradex docs, trading-fees page: Pro (API) orders, lowest volume tier (protocols/paradex.md §7)", "2026-08");

    /// <summary>Paradex Retail orders (UI or interactive token): no fees, with a speed bump and Retail rate limits.</summary>
    public static FeeProfile ParadexRetail { get; } = new(
        "paradex-retail", "paradex", 0m, 0m, "Paradex docs, trading-fees and \"Retail and Pro Orders\" pages: Retail orders (protocols/paradex.md §2, §7)", "2026-08");

    /// <summary>GRVT's published Level 1 (the tier a new account starts at): 2.7 bps maker, 5.5 bps taker.</summary>
    public static FeeProfile GrvtLevel1 { get; } = new(
        "grvt-level1", "grvt", 2.7m, 5.5m, "GRVT help centre, \"How does GRVT's fee model work?\", Level 1 (protocols/grvt.md §7.3)", "2026-08");

    /// <summary>The traders' strategy document's GRVT figures (a 1 bps maker rebate): only to reproduce its tables.</summary>
    public static FeeProfile GrvtDoc { get; } = new(
        "grvt-doc", "grvt", -1m, 5.5m, "the traders' strategy document (its cost tables assume a maker rebate that GRVT pays only at Level 9)", "2026-08");

    public static IReadOnlyList<FeeProfile> All { get; } = [ParadexPro, ParadexRetail, GrvtLevel1, GrvtDoc];

    public FeeSchedule Schedule => new(MakerBps / 10_000m, TakerBps / 10_000m, Name);

    public static FeeProfile DefaultFor(string venue) =>
        venue.Equals("grvt", StringComparison.OrdinalIgnoreCase) ? GrvtLevel1 : ParadexPro;

    public static IEnumerable<FeeProfile> ForVenue(string venue) => All.Where(p => p.Venue.Equals(venue, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The schedule a run uses: the named profile (or the venue's default), with --maker-fee-bps / --taker-fee-bps
    /// overriding its rates; the error names the profiles the venue has.
    /// </summary>
    public static (FeeSchedule? Schedule, string? Error) Resolve(string venue, string? name, decimal? makerBps, decimal? takerBps)
    {
        var profile = DefaultFor(venue);
        if (name is not null)
        {
            var known = ForVenue(venue).ToList();
            var found = known.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                return (null, $"--fee-profile {name} is not a {venue} fee profile; known: {string.Join(", ", known.Select(p => p.Name))}");
            }

            profile = found;
        }

        var overrides = new List<string>();
        if (makerBps is { } maker)
        {
            overrides.Add(string.Create(CultureInfo.InvariantCulture, $"--maker-fee-bps {maker}"));
        }

        if (takerBps is { } taker)
        {
            overrides.Add(string.Create(CultureInfo.InvariantCulture, $"--taker-fee-bps {taker}"));
        }

        var label = overrides.Count switch
        {
            0 => profile.Name,
            1 => $"{profile.Name} with {overrides[0]}",
            _ => $"custom ({string.Join(" and ", overrides)})", // both rates given: no profile is left in them
        };
        return (new FeeSchedule((makerBps ?? profile.MakerBps) / 10_000m, (takerBps ?? profile.TakerBps) / 10_000m, label), null);
    }

    /// <summary>One line for a run header: name, rates, source and date.</summary>
    public static string Describe(FeeSchedule schedule) => string.Create(
        CultureInfo.InvariantCulture,
        $"fee profile {schedule.Profile}: maker {schedule.MakerBps:0.###} bps, taker {schedule.TakerBps:0.###} bps{SourceOf(schedule.Profile)}");

    private static string SourceOf(string label) =>
        All.FirstOrDefault(p => p.Name == label) is { } profile ? $"; source: {profile.Source}, as of {profile.AsOf}" : "";
}
