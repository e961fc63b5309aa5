using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    private void MapMarkets(WebApplication app)
    {
        app.MapGet("/v1/markets", (string? market) =>
            Json(ParadexWire.Results(_exchange.Markets.Where(m => market is null || m.Symbol == market).Select(MarketJson))));
        app.MapGet("/v1/markets/summary", (string? market) =>
            Json(ParadexWire.Results(_exchange.Markets.Where(m => market is null or "ALL" || m.Symbol == market).Select(SummaryJson))));
        app.MapGet("/v1/bbo/{market}", (string market) =>
        {
            _stats.BookRead();
            if (_exchange.Market(market) is not { } found)
            {
                return Error(404, "MARKET_NOT_FOUND", $"{market} is not listed");
            }

            var book = found.Engine.Book(1);
            return Json(new JsonObject
            {
                ["market"] = market,
                ["bid"] = book.Bids.Count > 0 ? ParadexWire.Dec(book.Bids[0].Price) : "",
                ["bid_size"] = book.Bids.Count > 0 ? ParadexWire.Dec(book.Bids[0].Size) : "",
                ["ask"] = book.Asks.Count > 0 ? ParadexWire.Dec(book.Asks[0].Price) : "",
                ["ask_size"] = book.Asks.Count > 0 ? ParadexWire.Dec(book.Asks[0].Size) : "",
                ["last_updated_at"] = _exchange.NowMs,
                ["seq_no"] = _exchange.NowMs,
            });
        });
        app.MapGet("/v1/orderbook/{market}", (string market, int? depth) =>
        {
            _stats.BookRead();
            if (_exchange.Market(market) is not { } found)
            {
                return Error(404, "MARKET_NOT_FOUND", $"{market} is not listed");
            }

            var book = found.Engine.Book(depth ?? 20);
            static JsonArray Levels(IEnumerable<VolumeBot.Core.Venue.BookLevel> levels) =>
                new(levels.Select(l => (JsonNode)new JsonArray(ParadexWire.Dec(l.Price), ParadexWire.Dec(l.Size))).ToArray());
            return Json(new JsonObject
            {
                ["market"] = market,
                ["seq_no"] = _exchange.NowMs,
                ["last_updated_at"] = _exchange.NowMs,
                ["bids"] = Levels(book.Bids),
                ["asks"] = Levels(book.Asks),
            });
        });
    }

    private JsonNode MarketJson(EmulatedMarket market) => new JsonObject
    {
        ["symbol"] = market.Symbol,
        ["base_currency"] = market.Symbol.Split('-')[0],
        ["quote_currency"] = "USD",
        ["settlement_currency"] = "USDC",
        ["asset_kind"] = "PERP",
        ["price_tick_size"] = ParadexWire.Dec(market.Options.TickSize),
        ["order_size_increment"] = ParadexWire.Dec(market.Options.SizeIncrement),
        ["min_notional"] = ParadexWire.Dec(market.Options.MinNotional),
        ["max_order_size"] = ParadexWire.Dec(_exchange.Options.MaxOrderSize),
        ["delta1_cross_margin_params"] = new JsonObject
        {
            ["imf_base"] = ParadexWire.Dec(_exchange.Options.InitialMarginFraction),
            ["imf_factor"] = "0",
            ["imf_shift"] = "0",
            ["mmf_factor"] = "0.5",
        },
        ["max_open_orders"] = 100,
        ["open_at"] = 0,
        ["expiry_at"] = 0,
    };

    private JsonNode SummaryJson(EmulatedMarket market)
    {
        var top = market.Engine.Top;
        return new JsonObject
        {
            ["symbol"] = market.Symbol,
            ["mark_price"] = ParadexWire.Dec(market.MarkPrice),
            ["bid"] = ParadexWire.Dec(top.BestBid),
            ["ask"] = ParadexWire.Dec(top.BestAsk),
            ["last_traded_price"] = ParadexWire.Dec(top.Mid),
            ["created_at"] = _exchange.NowMs,
        };
    }
}
