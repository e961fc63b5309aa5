namespace VolumeBot.Paradex;

/// <summary>Where a Paradex environment lives: REST base (…/v1) and WebSocket endpoint.</summary>
public sealed record ParadexEnvironment(string Name, Uri RestUrl, Uri WebSocketUrl)
{
    public const string EnvironmentVariable = "PARADEX_ENVIRONMENT";
    public const string RestUrlVariable = "PARADEX_REST_URL";
    public const string WebSocketUrlVariable = "PARADEX_WS_URL";

    public static ParadexEnvironment Prod { get; } = new("prod", new Uri("https://api.prod.paradex.trade/v1"), new Uri("wss://ws.api.prod.paradex.trade/v1"));

    public static ParadexEnvironment Testnet { get; } = new("testnet", new Uri("https://api.testnet.paradex.trade/v1"), new Uri("wss://ws.api.testnet.paradex.trade/v1"));

    /// <summary>
    /// PARADEX_ENVIRONMENT (prod by default, or testnet; "nightly" is testnet as in the Python bot), with the URLs
    /// overridden by PARADEX_REST_URL / PARADEX_WS_URL. An unknown environment is an error, never a silent default.
    /// </summary>
    public static (ParadexEnvironment? Environment, string? Error) From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var name = variable(EnvironmentVariable)?.Trim().ToLowerInvariant();
        var environment = name switch
        {
            null or "" or "prod" or "production" or "mainnet" => Prod,
            "testnet" or "nightly" => Testnet,
            _ => null,
        };
        if (environment is null)
        {
            return (null, $"{EnvironmentVariable} must be prod or testnet, not '{name}'");
        }

        var rest = variable(RestUrlVariable);
        if (!string.IsNullOrWhiteSpace(rest))
        {
            if (!TryAbsolute(rest, ["http", "https"], out var restUrl))
            {
                return (null, $"{RestUrlVariable} is not an http(s) URL");
            }

            environment = environment with { RestUrl = restUrl };
        }

        var ws = variable(WebSocketUrlVariable);
        if (!string.IsNullOrWhiteSpace(ws))
        {
            if (!TryAbsolute(ws, ["ws", "wss"], out var wsUrl))
            {
                return (null, $"{WebSocketUrlVariable} is not a ws(s) URL");
            }

            environment = environment with { WebSocketUrl = wsUrl };
        }

        return (environment, null);
    }

    private static bool TryAbsolute(string text, string[] schemes, out Uri uri)
    {
        var ok = Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var parsed) && schemes.Contains(parsed.Scheme);
        uri = parsed!;
        return ok;
    }
}
