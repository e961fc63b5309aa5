using System.Globalization;
using System.Text;
using VolumeBot.Cli.Commands;
using VolumeBot.Simulation.Matching;
using VolumeBot.Simulation.Runs;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Reports;

/// <summary>`simulate` on a terminal: one column per run, one row per figure, in the run summary's units.</summary>
public static class SimulationTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (string Label, Func<SimulationResult, string> Value)[] Rows =
    [
        ("cycles", r => $"{r.Summary.Cycles}"),
        ("fills", r => $"{r.Summary.Fills}"),
        ("volume (USDT)", r => F(r.Summary.QuoteVolume, "0.00")),
        ("maker fees (USDT)", r => F(r.Summary.MakerFees, "0.0000")),
        ("taker fees (USDT)", r => F(r.Summary.TakerFees, "0.0000")),
        ("slippage (USDT)", r => F(r.Summary.Slippage, "0.0000")),
        ("total cost (USDT)", r => F(r.Summary.TotalCost, "0.0000")),
        ("cost (bps of volume)", r => F(r.Summary.CostBps, "0.00")),
        ("P&L before fees (USDT)", r => F(r.ProfitBeforeFees, "0.0000")),
        ("all-in cost (bps)", r => F(r.AllInCostBps, "0.00")),
        ("taker share of volume", r => F(r.Summary.TakerShare * 100m, "0.0") + " %"),
        ("IOC full/partial/failed", r => $"{r.Summary.IocFull}/{r.Summary.IocPartial}/{r.Summary.IocFailed}"),
        ("simulated time", r => r.SimulatedTime.ToString(@"d\.hh\:mm\:ss", Invariant)),
        ("volume per hour (USDT)", r => F(r.Summary.VolumePerHour, "0")),
        ("volume per day (USDT)", r => F(r.VolumePerDay, "0")),
        ("orders sent", r => $"{r.Orders}"),
        ("max orders / 24 h", r => $"{r.MaxOrdersPer24h}"),
        ("max orders / hour", r => $"{r.MaxOrdersPerHour}"),
        ("max orders / minute", r => $"{r.MaxOrdersPerMinute}"),
        ("max |position|", r => $"{r.MaxAbsPosition}"),
        ("stopped by", r => $"{r.Outcome.Reason}"),
        ("fee profile", r => r.Fees),
    ];

    public static string Header(SimulationPlan plan)
    {
        var first = plan.Requests[0];
        var fees = first.Fees;
        var settings = first.Settings;
        return string.Create(Invariant, $"Simulating {settings.Venue} {settings.Ticker} ({first.Tape?.Rules.Symbol ?? first.Market?.Symbol}{(first.Tape is { } tape ? $", tape of {tape.Duration.TotalSeconds:0.#} s" : "")}), quantity {settings.Quantity}, {plan.Cycles} cycles, seed {plan.Seed}, wait {settings.WaitTime.TotalSeconds} s, on a virtual clock, {FeeProfile.Describe(fees)}");
    }

    public static string Render(IReadOnlyList<SimulationResult> results, TimeSpan wallTime)
    {
        var width = Rows.Max(r => r.Label.Length);
        var columns = results.Select(r => Math.Max(r.Label.Length, Rows.Max(row => row.Value(r).Length))).ToList();
        var text = new StringBuilder();
        text.Append("".PadRight(width));
        for (var i = 0; i < results.Count; i++)
        {
            text.Append("  ").Append(results[i].Label.PadLeft(columns[i]));
        }

        text.AppendLine();
        foreach (var (label, value) in Rows)
        {
            text.Append(label.PadRight(width));
            for (var i = 0; i < results.Count; i++)
            {
                text.Append("  ").Append(value(results[i]).PadLeft(columns[i]));
            }

            text.AppendLine();
        }

        foreach (var hedged in results.Where(r => r.MaxAbsNetPosition is not null))
        {
            // the columns above are the runner's venue: a hedged run's venues, and both together, follow
            var venues = hedged.Venues.Select(v => string.Create(Invariant, $"{v.Venue} volume {v.QuoteVolume:0.00} USDT, cost {v.CostBps:0.00} bps (all-in {v.AllInCostBps:0.00})"));
            var volume = hedged.Venues.Sum(v => v.QuoteVolume);
            var cost = BasisPoints.Of(hedged.Venues.Sum(v => v.TotalCost), volume);
            text.AppendLine(string.Create(Invariant, $"{hedged.Label}: {string.Join("; ", venues)}; combined {volume:0.00} USDT at {cost:0.00} bps; max |net position| {hedged.MaxAbsNetPosition}{Exposed(hedged.NetExposure)}"));
        }

        var simulated = results.Sum(r => r.SimulatedTime.TotalSeconds);
        text.Append(string.Create(Invariant, $"{simulated:0} s simulated in {wallTime.TotalSeconds:0.0} s ({simulated / Math.Max(wallTime.TotalSeconds, 0.001):0} x real time)"));
        return text.ToString();
    }

    private static string F(decimal value, string format) => value.ToString(format, Invariant);

    private static string Exposed(NetExposure? exposure) => exposure is not { } e ? ""
        : string.Create(Invariant, $", net exposed {e.Total.TotalSeconds:0.##} s (longest {e.Longest.TotalSeconds:0.###} s)");
}
