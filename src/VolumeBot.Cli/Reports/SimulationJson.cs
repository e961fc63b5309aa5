using System.Text;
using System.Text.Json;
using VolumeBot.Simulation.Runs;
using VolumeBot.Core.Accounting;

namespace VolumeBot.Cli.Reports;

/// <summary>
/// `simulate --json`: one object per run, numbers as JSON numbers (money in USDT, cost in bps of quote volume), rounded
/// so that the same flags and seed give the same bytes.
/// </summary>
public static class SimulationJson
{
    public static string Write(IEnumerable<SimulationResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("runs");
            foreach (var run in results)
            {
                var summary = run.Summary;
                json.WriteStartObject();
                json.WriteString("label", run.Label);
                json.WriteNumber("cycles", summary.Cycles);
                json.WriteNumber("fills", summary.Fills);
                json.WriteNumber("quoteVolume", Money(summary.QuoteVolume));
                json.WriteNumber("makerFees", Money(summary.MakerFees));
                json.WriteNumber("takerFees", Money(summary.TakerFees));
                json.WriteNumber("slippage", Money(summary.Slippage));
                json.WriteNumber("totalCost", Money(summary.TotalCost));
                json.WriteNumber("costBps", decimal.Round(summary.CostBps, 4));
                json.WriteNumber("allInCostBps", decimal.Round(run.AllInCostBps, 4));
                json.WriteNumber("takerShare", decimal.Round(summary.TakerShare, 4));
                json.WriteNumber("simulatedSeconds", decimal.Round((decimal)run.SimulatedTime.TotalSeconds, 3));
                json.WriteNumber("volumePerHour", decimal.Round(summary.VolumePerHour, 2));
                json.WriteNumber("volumePerDay", decimal.Round(run.VolumePerDay, 2));
                json.WriteNumber("orders", run.Orders);
                json.WriteNumber("maxOrdersPer24h", run.MaxOrdersPer24h);
                json.WriteNumber("maxOrdersPerHour", run.MaxOrdersPerHour);
                json.WriteNumber("maxOrdersPerMinute", run.MaxOrdersPerMinute);
                json.WriteNumber("maxAbsPosition", run.MaxAbsPosition);
                if (run.MaxAbsNetPosition is { } net)
                {
                    WriteVenues(json, run.Venues);
                    json.WriteNumber("maxAbsNetPosition", net);
                    if (run.NetExposure is { } exposure)
                    {
                        json.WriteNumber("netExposedSeconds", decimal.Round((decimal)exposure.Total.TotalSeconds, 3));
                        json.WriteNumber("longestNetExposureSeconds", decimal.Round((decimal)exposure.Longest.TotalSeconds, 3));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A hedged run's venues: each one's volume and cost (its own, and with price moves in it), and both together.</summary>
    private static void WriteVenues(Utf8JsonWriter json, IReadOnlyList<VenueFigures> venues)
    {
        json.WriteStartArray("venues");
        foreach (var venue in venues)
        {
            json.WriteStartObject();
            json.WriteString("venue", venue.Venue);
            json.WriteNumber("quoteVolume", Money(venue.QuoteVolume));
            json.WriteNumber("costBps", decimal.Round(venue.CostBps, 4));
            json.WriteNumber("allInCostBps", decimal.Round(venue.AllInCostBps, 4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var volume = venues.Sum(v => v.QuoteVolume);
        json.WriteNumber("combinedQuoteVolume", Money(volume));
        json.WriteNumber("combinedCostBps", decimal.Round(BasisPoints.Of(venues.Sum(v => v.TotalCost), volume), 4));
        json.WriteNumber("combinedAllInCostBps", decimal.Round(BasisPoints.Of(venues.Sum(v => v.Fees - v.ProfitBeforeFees), volume), 4));
    }

    private static decimal Money(decimal value) => decimal.Round(value, 6);
}
