using System.Globalization;
using System.Text.Json.Nodes;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Grvt;

public sealed partial class GrvtEmulator
{
    private const int DefaultTradeLimit = 500;

    /// <summary>The market's public trades as /full/v1/trade shows them (GRVT trade ids), newest first.</summary>
    public IReadOnlyList<PublicTrade> PublicTrades =>
        Engine.RecentPublicTrades(MatchingEngine.PublicTradeCapacity).Select(t => t with { Id = PublicTradeId(t.Id) }).ToList();

    /// <summary>/full/v1/trade {instrument, limit}: the newest public trades, newest first, taker side as is_taker_buyer.</summary>
    private (int, JsonObject) RecentTrades(JsonNode? body)
    {
        if (body?["instrument"]?.GetValue<string>() != _options.Instrument)
        {
            return Refuse(3000, "Instrument is invalid");
        }

        var limit = body["limit"]?.GetValue<int>() ?? DefaultTradeLimit;
        if (limit <= 0)
        {
            return Refuse(1003, "Request could not be processed due to malformed syntax");
        }

        var trades = PublicTrades.Take(limit).Select(t => (JsonNode)GrvtWire.PublicTrade(t, _options.Instrument)).ToArray();
        return Ok(new JsonArray(trades));
    }

    /// <summary>GRVT's "{taker execution}-{n}" shape; each tape entry of the engine is one execution here.</summary>
    private static string PublicTradeId(string engineId) =>
        $"{8200000 + long.Parse(engineId, CultureInfo.InvariantCulture)}-1";
}
