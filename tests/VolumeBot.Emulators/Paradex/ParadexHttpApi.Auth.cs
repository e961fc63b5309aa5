using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Emulators.Paradex;

internal sealed partial class ParadexHttpApi
{
    private void MapAuth(WebApplication app)
    {
        app.MapPost("/v1/auth", Authorize);
        app.MapPost("/v1/auth/{publicKey}", (HttpContext context, string publicKey) => Authorize(context));
    }

    /// <summary>POST /auth (§4.1): the four headers, a Request message signed by the account's key, timestamps in seconds.</summary>
    private IResult Authorize(HttpContext context)
    {
        _stats.AuthRequested();
        var headers = context.Request.Headers;
        string Header(string name) => headers[name].ToString();
        if (!long.TryParse(Header(ParadexHeaders.Timestamp), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !long.TryParse(Header(ParadexHeaders.SignatureExpiration), NumberStyles.None, CultureInfo.InvariantCulture, out var expiration))
        {
            return Error(400, "INVALID_TIMESTAMP", "PARADEX-TIMESTAMP and PARADEX-SIGNATURE-EXPIRATION must be unix seconds");
        }

        var now = _exchange.Time.GetUtcNow();
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > _exchange.Options.AuthClockTolerance.TotalSeconds || expiration <= now.ToUnixTimeSeconds())
        {
            return Error(400, "INVALID_TIMESTAMP", "timestamp too far from server time, or signature expired");
        }

        var account = _exchange.Account(Header(ParadexHeaders.StarknetAccount));
        if (account is not { Onboarded: true })
        {
            return Error(400, "NOT_ONBOARDED", "account is not onboarded");
        }

        if (!TryParseSignature(Header(ParadexHeaders.StarknetSignature), out var signature))
        {
            return Error(400, "INVALID_STARKNET_SIGNATURE", "signature must be [\"r\",\"s\"]");
        }

        var hash = TypedDataHasher.MessageHash(_exchange.Domain, account.Address, ParadexMessages.Auth(timestamp, expiration));
        if (!account.VerificationKey.Verify(hash, signature))
        {
            return Error(400, "STARKNET_SIGNATURE_VERIFICATION_FAILED", "auth signature does not verify");
        }

        var interactive = context.Request.Query["token_usage"].ToString() == "interactive";
        if (interactive)
        {
            _stats.InteractiveTokenIssued();
        }

        return Json(new JsonObject { ["jwt_token"] = _tokens.Issue(account.Id, interactive) });
    }

    private static bool TryParseSignature(string text, out StarkSignature signature)
    {
        signature = default;
        try
        {
            signature = StarkSignature.ParseHeaderValue(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or ArgumentException or OverflowException)
        {
            return false;
        }
    }
}
