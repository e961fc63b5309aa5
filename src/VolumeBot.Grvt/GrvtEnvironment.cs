using VolumeBot.Grvt.Signing;

namespace VolumeBot.Grvt;

/// <summary>
/// One GRVT environment: its EIP-712 chain id and the edge (login), trades, market-data and trades WebSocket URLs,
/// and the market-data WebSocket the book is streamed from. Every URL can be replaced from the environment
/// (GRVT_EDGE_URL, GRVT_TRADES_URL, GRVT_MARKET_DATA_URL, GRVT_WS_URL, GRVT_MARKET_DATA_WS_URL), which is how tests
/// point the client at an emulator. This is the one place GRVT's environment is read.
/// </summary>
public sealed record GrvtEnvironment(string Name, ulong ChainId, Uri EdgeUrl, Uri TradesUrl, Uri MarketDataUrl, Uri TradesWebSocketUrl)
{
    public const string MarketDataWebSocketUrlVariable = "GRVT_MARKET_DATA_WS_URL";

    public const string EnvironmentVariable = "GRVT_ENVIRONMENT";
    public const string EdgeUrlVariable = "GRVT_EDGE_URL";
    public const string TradesUrlVariable = "GRVT_TRADES_URL";
    public const string MarketDataUrlVariable = "GRVT_MARKET_DATA_URL";
    public const string WebSocketUrlVariable = "GRVT_WS_URL";

    /// <summary>
    /// The public market-data /ws/full the book is streamed from; null streams nothing (the book is read over REST).
    /// A GRVT_MARKET_DATA_URL override without GRVT_MARKET_DATA_WS_URL leaves it null, so a book is never streamed
    /// from another venue than the one the REST reads go to.
    /// </summary>
    public Uri? MarketDataWebSocketUrl { get; init; }

    public static IReadOnlyList<string> Names { get; } = ["prod", "testnet", "staging", "dev"];

    /// <summary>The named environment, or null when the name is not one of <see cref="Names"/>.</summary>
    public static GrvtEnvironment? Named(string name) => name.Trim().ToLowerInvariant() switch
    {
        "prod" => Hosted("prod", GrvtChainId.Prod, "grvt.io"),
        "testnet" => Hosted("testnet", GrvtChainId.Testnet, "testnet.grvt.io"),
        "staging" => Hosted("staging", GrvtChainId.Staging, "staging.gravitymarkets.io"),
        "dev" => Hosted("dev", GrvtChainId.Dev, "dev.gravitymarkets.io"),
        _ => null,
    };

    /// <summary>GRVT_ENVIRONMENT (default prod; an unknown name is an error) with the URL overrides applied.</summary>
    public static (GrvtEnvironment? Environment, string? Error) FromVariables(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var name = variable(EnvironmentVariable);
        var environment = Named(string.IsNullOrWhiteSpace(name) ? "prod" : name);
        if (environment is null)
        {
            return (null, $"{EnvironmentVariable} must be one of {string.Join(", ", Names)}, not '{name}'");
        }

        foreach (var (key, apply) in new (string, Func<GrvtEnvironment, Uri, GrvtEnvironment>)[]
        {
            (EdgeUrlVariable, (e, u) => e with { EdgeUrl = u }),
            (TradesUrlVariable, (e, u) => e with { TradesUrl = u }),
            (MarketDataUrlVariable, (e, u) => e with { MarketDataUrl = u, MarketDataWebSocketUrl = null }),
            (WebSocketUrlVariable, (e, u) => e with { TradesWebSocketUrl = u }),
            (MarketDataWebSocketUrlVariable, (e, u) => e with { MarketDataWebSocketUrl = u }),
        })
        {
            var value = variable(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
            {
                return (null, $"{key} is not an absolute URL");
            }

            environment = apply(environment, uri);
        }

        return (environment, null);
    }

    /// <summary>
    /// Every URL on one server (an emulator): http(s) base for REST, ws(s)://…/ws/full for the account's stream and
    /// ws(s)://…/market-data/ws/full for the book.
    /// </summary>
    public static GrvtEnvironment SingleHost(string name, ulong chainId, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var scheme = baseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var ws = new UriBuilder(baseUrl) { Scheme = scheme, Path = "/ws/full" }.Uri;
        return new GrvtEnvironment(name, chainId, baseUrl, baseUrl, baseUrl, ws) { MarketDataWebSocketUrl = new UriBuilder(baseUrl) { Scheme = scheme, Path = "/market-data/ws/full" }.Uri };
    }

    private static GrvtEnvironment Hosted(string name, ulong chainId, string domain) => new(
        name,
        chainId,
        new Uri($"https://edge.{domain}"),
        new Uri($"https://trades.{domain}"),
        new Uri($"https://market-data.{domain}"),
        new Uri($"wss://trades.{domain}/ws/full"))
    {
        MarketDataWebSocketUrl = new Uri($"wss://market-data.{domain}/ws/full"),
    };
}
