using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    private void MapSystem(WebApplication app)
    {
        app.MapGet("/v1/system/config", () => Json(new JsonObject
        {
            ["starknet_gateway_url"] = "",
            ["starknet_fullnode_rpc_url"] = "",
            ["starknet_chain_id"] = _exchange.Domain.ChainId,
            ["block_explorer_url"] = "",
            ["paraclear_address"] = "0x0",
            ["paraclear_decimals"] = 8,
            ["paraclear_account_proxy_hash"] = _exchange.ClassHashes.ProxyHash.ToHexString(),
            ["paraclear_account_hash"] = _exchange.ClassHashes.AccountHash.ToHexString(),
            ["bridged_tokens"] = new JsonArray(),
            ["l1_core_contract_address"] = "0x0",
            ["l1_operator_address"] = "0x0",
            ["l1_chain_id"] = _exchange.Domain.ChainId == VolumeBot.Paradex.Signing.ParadexDomain.MainnetChainId ? "1" : "11155111",
        }));
        app.MapGet("/v1/system/time", () => Json(new JsonObject { ["server_time"] = _exchange.NowMs.ToString(CultureInfo.InvariantCulture) }));
        app.MapGet("/v1/system/state", () => Json(new JsonObject { ["status"] = "ok" }));
    }
}
