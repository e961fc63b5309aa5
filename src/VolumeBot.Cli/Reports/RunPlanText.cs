using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VolumeBot.Cli.Reports;

/// <summary>`estimate` output: lines for a trader, or JSON for scripts.</summary>
public static class RunPlanText
{
    public static IReadOnlyList<string> Lines(RunPlan plan)
    {
        var r = plan.Request;
        var c = CultureInfo.InvariantCulture;
        return
        [
            string.Format(c, "Run plan: {0}, {1} per order at {2:#,##0.########} ({3}), close by {4}", r.Venue, r.Quantity, r.Price, r.PriceSource, CloseName(r.Close)),
            string.Format(c, "Volume per round: {0:#,##0.00} USDT (open + close)", plan.VolumePerRound),
            string.Format(c, "Rounds needed: {0} ({1:#,##0.00} USDT of volume for a {2:#,##0.00} USDT target)", plan.Rounds, plan.PlannedVolume, r.TargetVolume),
            string.Format(c, "Expected duration: about {0:0} s ({1}): {2} rounds x {3:0.###} s wait = {4:0} s, plus {5:0.###} s per round to fill the open and the close ({6})", plan.DurationSeconds, Clock(plan.DurationSeconds), plan.Rounds, r.WaitSeconds, plan.WaitingSeconds, r.FillSeconds, r.FillSource),
            string.Format(c, "Close assumption: {0}", plan.CloseAssumption),
            string.Format(c, "Fee profile: {0}", plan.FeeProfile),
            string.Format(c, "Maker fees: {0:0.0000} USDT", plan.MakerFees),
            string.Format(c, "Taker fees: {0:0.0000} USDT", plan.TakerFees),
            string.Format(c, "Expected slippage: {0:0.0000} USDT ({1:0.###} bps of volume; {2})", plan.Slippage, plan.SlippageBps, plan.SlippageSource),
            string.Format(c, "Total cost: {0:0.0000} USDT ({1:0.00} bps of volume)", plan.TotalCost, plan.CostBps),
            .. RetailLines(r.Retail),
        ];
    }

    private static IEnumerable<string> RetailLines(RetailBudgetFigures? retail) => retail is null ? [] :
    [
        string.Format(CultureInfo.InvariantCulture, "Order budget (Retail): {0}", retail.Budget),
        string.Format(CultureInfo.InvariantCulture, "Budget-limited: about {0:0.#} rounds a day ({1:0.##} orders each, cancels counted), {2:#,##0} USDT of volume a day; most orders per 24 h / hour / minute: {3} / {4} / {5} ({6})",
            retail.RoundsPerDay, retail.OrdersPerRound, retail.VolumePerDay, retail.MaxOrdersPer24h, retail.MaxOrdersPerHour, retail.MaxOrdersPerMinute, retail.Source),
    ];

    public static string Json(RunPlan plan)
    {
        var r = plan.Request;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("venue", r.Venue);
            json.WriteNumber("price", r.Price);
            json.WriteString("priceSource", r.PriceSource);
            json.WriteNumber("quantity", r.Quantity);
            json.WriteNumber("targetVolume", r.TargetVolume);
            json.WriteString("close", CloseName(r.Close));
            json.WriteString("closeAssumption", plan.CloseAssumption);
            if (r.Close == PlannedClose.MakerFirst)
            {
                json.WriteNumber("makerCloseShare", r.MakerCloseShare ?? RunPlanner.AssumedMakerCloseShare);
                json.WriteString("makerCloseShareSource", r.MakerCloseShareSource ?? "assumed");
            }

            json.WriteNumber("volumePerRound", plan.VolumePerRound);
            json.WriteNumber("rounds", plan.Rounds);
            json.WriteNumber("plannedVolume", plan.PlannedVolume);
            json.WriteNumber("waitSeconds", r.WaitSeconds);
            json.WriteNumber("fillSecondsPerRound", r.FillSeconds);
            json.WriteString("fillSource", r.FillSource);
            json.WriteNumber("waitingSeconds", plan.WaitingSeconds);
            json.WriteNumber("durationSeconds", plan.DurationSeconds);
            json.WriteString("feeProfile", plan.FeeProfile);
            json.WriteNumber("makerFeeBps", plan.MakerFeeBps);
            json.WriteNumber("takerFeeBps", plan.TakerFeeBps);
            json.WriteNumber("makerFees", plan.MakerFees);
            json.WriteNumber("takerFees", plan.TakerFees);
            json.WriteNumber("slippageBps", plan.SlippageBps);
            json.WriteString("slippageSource", plan.SlippageSource);
            json.WriteNumber("slippage", plan.Slippage);
            json.WriteNumber("totalCost", plan.TotalCost);
            json.WriteNumber("costBps", plan.CostBps);
            if (r.Retail is { } retail)
            {
                json.WriteString("orderClass", "retail");
                json.WriteString("orderBudget", retail.Budget);
                json.WriteNumber("roundsPerDay", retail.RoundsPerDay);
                json.WriteNumber("volumePerDay", retail.VolumePerDay);
                json.WriteNumber("ordersPerRound", retail.OrdersPerRound);
                json.WriteNumber("maxOrdersPer24h", retail.MaxOrdersPer24h);
                json.WriteNumber("maxOrdersPerHour", retail.MaxOrdersPerHour);
                json.WriteNumber("maxOrdersPerMinute", retail.MaxOrdersPerMinute);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string CloseName(PlannedClose close) => PlannedCloses.Name(close);

    private static string Clock(decimal seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Round((double)seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}");
    }
}
