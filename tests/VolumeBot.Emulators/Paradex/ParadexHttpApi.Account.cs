using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    private void MapAccount(WebApplication app)
    {
        app.MapGet("/v1/positions", (HttpContext context) => Private(context, account =>
            Json(ParadexWire.Results(_exchange.Markets
                .Select(m => (Market: m, Size: m.Engine.Position(account.Id)))
                .Where(p => p.Size != 0)
                .Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = $"{account.Id}-{p.Market.Symbol}",
                    ["account"] = account.Id,
                    ["market"] = p.Market.Symbol,
                    ["status"] = "OPEN",
                    ["side"] = p.Size > 0 ? "LONG" : "SHORT",
                    ["size"] = ParadexWire.Dec(p.Size),
                    ["average_entry_price"] = ParadexWire.Dec(p.Market.Engine.Top.Mid),
                    ["unrealized_pnl"] = "0",
                    ["liquidation_price"] = "",
                    ["leverage"] = "",
                    ["last_updated_at"] = _exchange.NowMs,
                })))));
        app.MapGet("/v1/fills", (HttpContext context, string? market, long? start_at, long? end_at, int? page_size, string? cursor) => Private(context, account =>
        {
            var fills = _exchange.Markets
                .Where(m => market is null || m.Symbol == market)
                .SelectMany(m => m.Engine.AllFills(account.Id).Select(f => (Market: m, Fill: f)))
                .Where(f => (start_at is null || f.Fill.Time.ToUnixTimeMilliseconds() >= start_at) && (end_at is null || f.Fill.Time.ToUnixTimeMilliseconds() <= end_at))
                .OrderByDescending(f => f.Fill.Time)
                .Select(f => (JsonNode)ParadexWire.Fill(f.Market, account.Id, _exchange.WithWireFee(account.Id, f.Fill), WireClientId(account.Id, f.Fill.ClientOrderId)));
            return Page(fills, page_size, cursor);
        }));
        app.MapGet("/v1/account", (HttpContext context) => Private(context, account => Json(new JsonObject
        {
            ["account"] = account.Id,
            ["free_collateral"] = ParadexWire.Dec(_exchange.Options.FreeCollateral),
            ["total_collateral"] = ParadexWire.Dec(_exchange.Options.FreeCollateral),
            ["status"] = "ACTIVE",
            ["updated_at"] = _exchange.NowMs,
        })));
        app.MapGet("/v1/account/info", (HttpContext context) => Private(context, account =>
        {
            var info = new JsonObject { ["account"] = account.Id, ["kind"] = "main", ["created_at"] = _exchange.NowMs };
            if (_exchange.Options.ReportsFeeRates)
            {
                var fees = _exchange.Options.Fees;
                info["fees"] = new JsonObject
                {
                    ["maker_rate"] = ParadexWire.Dec(fees.MakerRate),
                    ["taker_rate"] = ParadexWire.Dec(fees.TakerRate),
                    ["spot_maker_rate"] = ParadexWire.Dec(fees.MakerRate),
                    ["spot_taker_rate"] = ParadexWire.Dec(fees.TakerRate),
                };
            }

            return Json(ParadexWire.Results([info]));
        }));
        app.MapGet("/v1/balance", (HttpContext context) => Private(context, _ =>
            Json(ParadexWire.Results([new JsonObject { ["token"] = "USDC", ["size"] = "100000", ["last_updated_at"] = _exchange.NowMs }]))));
    }

    private string WireClientId(string account, string? engineClientId) =>
        engineClientId is null ? "" : _exchange.Find(account, engineClientId)?.WireClientId ?? engineClientId;
}
