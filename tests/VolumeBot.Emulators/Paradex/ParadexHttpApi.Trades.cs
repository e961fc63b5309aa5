using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using VolumeBot.Core.Venue;
using VolumeBot.Simulation.Matching;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    /// <summary>GET /trades?market= (public): the market's tape, newest first; side is the taker's.</summary>
    private void MapTrades(WebApplication app)
    {
        app.MapGet("/v1/trades", (string? market, int? page_size, string? cursor) =>
        {
            _stats.TradesRead();
            if (string.IsNullOrEmpty(market))
            {
                return Error(400, "VALIDATION_ERROR", "market is required");
            }

            if (_exchange.Market(market) is not { } found)
            {
                return Error(404, "MARKET_NOT_FOUND", $"{market} is not listed");
            }

            var trades = found.Engine.RecentPublicTrades(MatchingEngine.PublicTradeCapacity).Select(t => (JsonNode)new JsonObject
            {
                ["id"] = found.WireId(t.Id),
                ["market"] = market,
                ["side"] = t.TakerSide == Side.Buy ? "BUY" : "SELL",
                ["size"] = ParadexWire.Dec(t.Size),
                ["price"] = ParadexWire.Dec(t.Price),
                ["created_at"] = t.Time.ToUnixTimeMilliseconds(),
                ["trade_type"] = "FILL",
            });
            return Page(trades, page_size, cursor);
        });
    }
}
