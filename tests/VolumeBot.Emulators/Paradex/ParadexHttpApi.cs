using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VolumeBot.Emulators.Paradex;

/// <summary>The emulator's REST API under /v1, split by topic like the real one; faults are applied first.</summary>
internal sealed partial class ParadexHttpApi
{
    private readonly EmulatedExchange _exchange;
    private readonly JwtIssuer _tokens;
    private readonly ParadexEmulatorStats _stats;

    public ParadexHttpApi(EmulatedExchange exchange, JwtIssuer tokens, ParadexEmulatorStats stats)
    {
        _exchange = exchange;
        _tokens = tokens;
        _stats = stats;
    }

    public void Map(WebApplication app)
    {
        app.Use(ApplyFaultsAsync);
        MapSystem(app);
        MapAuth(app);
        MapMarkets(app);
        MapTrades(app);
        MapOrders(app);
        MapAccount(app);
    }

    private static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(node.ToJsonString(), "application/json", Encoding.UTF8, status);

    private static IResult Error(int status, string code, string message) => Json(ParadexWire.Error(code, message), status);

    /// <summary>The account behind the bearer token, or the 401 to answer with.</summary>
    private (ParadexEmulatorAccount? Account, IResult? Refusal) Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        _stats.PrivateRequested();
        var account = _exchange.Account(_tokens.Validate(bearer));
        if (account is null)
        {
            _stats.Refused();
            return (null, Error(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "invalid or expired bearer token"));
        }

        return (account, null);
    }

    private async Task ApplyFaultsAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        _stats.ContentTypeSeen(context.Request.ContentType);
        if (!context.WebSockets.IsWebSocketRequest && _exchange.Faults.TryTakeRequestFailure($"{context.Request.Method} {path}", out var status))
        {
            _stats.Faulted();
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status429TooManyRequests)
            {
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("Too Many Requests");
            }
            else
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(ParadexWire.Error(status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR", "injected fault").ToJsonString());
            }

            return;
        }

        await next(context);
    }
}
