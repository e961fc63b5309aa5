using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VolumeBot.Paradex.Rest;
using VolumeBot.Paradex.Signing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Paradex;

/// <summary>
/// Everything a <see cref="ParadexClient"/> needs. The private key lives only inside <see cref="StarkKey"/>, whose
/// ToString shows the public key; this record's ToString never shows secrets.
/// </summary>
public sealed partial record ParadexClientOptions
{
    public const string L1AddressVariable = "PARADEX_L1_ADDRESS";
    public const string PrivateKeyVariable = "PARADEX_L2_PRIVATE_KEY";
    public const string AccountAddressVariable = "PARADEX_L2_ADDRESS";

    public required ParadexEnvironment Environment { get; init; }

    /// <summary>Market symbol, e.g. BTC-USD-PERP.</summary>
    public required string Market { get; init; }

    public required StarkKey Key { get; init; }

    /// <summary>Where the client logs (category "Paradex"); the CLI hands in its Serilog logger through this.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>PARADEX_L1_ADDRESS: only sent when onboarding; kept for the error message.</summary>
    public string? L1Address { get; init; }

    /// <summary>PARADEX_L2_ADDRESS: used instead of the derived address when set.</summary>
    public Felt? AccountAddress { get; init; }

    /// <summary>
    /// Retail orders: the JWT is taken (and refreshed) with token_usage=interactive, so orders are Retail (0 fees, a
    /// 300 ms speed bump, Retail rate limits). False: the standard token, Pro orders.
    /// </summary>
    public bool InteractiveToken { get; init; }

    /// <summary>Per-request timeout for reads and cancels (retried as transient).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of an order submission; when it fires the outcome is unknown and the loop looks the order up.</summary>
    public TimeSpan SubmitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of an idempotent read after 429 or a transient 5xx.</summary>
    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the streamed book may go without a message before reads go to REST again; zero always reads REST.</summary>
    public TimeSpan BookMaxAge { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long ConnectAsync waits for the first WebSocket subscription.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Throwaway orders signed at connect and never sent (a post-only, an IOC close and a market close in turn), so the
    /// runtime has optimised the signing and request-building code before the first real close needs it.
    /// </summary>
    public int WarmUpOrders { get; init; } = 240;

    /// <summary>Lifetime asked for the signed auth request (not the JWT, which the venue fixes at 5 minutes).</summary>
    public TimeSpan AuthSignatureLifetime { get; init; } = TimeSpan.FromMinutes(30);

    internal VenueHttpOptions Http(TimeProvider time) => ParadexRateLimits.HttpOptions(RequestTimeout, ReadRetries, RetryBaseDelay, RetryMaxDelay, time);

    /// <summary>Symbol of a ticker: BTC -> BTC-USD-PERP.</summary>
    public static string MarketFor(string ticker) => $"{ticker.Trim().ToUpperInvariant()}-USD-PERP";

    /// <summary>
    /// The one place Paradex's environment is read: PARADEX_L2_PRIVATE_KEY, PARADEX_L1_ADDRESS, optional
    /// PARADEX_L2_ADDRESS, PARADEX_ENVIRONMENT and its URL overrides. The error names the variable, never its value.
    /// </summary>
    public static (ParadexClientOptions? Options, string? Error) FromVariables(Func<string, string?> variable, string ticker)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var (environment, environmentError) = ParadexEnvironment.From(variable);
        if (environment is null)
        {
            return (null, environmentError);
        }

        var l1Address = variable(L1AddressVariable)?.Trim() ?? "";
        if (!EthereumAddress().IsMatch(l1Address))
        {
            return (null, $"{L1AddressVariable} is not an Ethereum address (0x followed by 40 hex digits): use the address of the wallet the Paradex account was opened with");
        }

        StarkKey key;
        try
        {
            key = StarkKey.FromHex(variable(PrivateKeyVariable)?.Trim() ?? "");
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return (null, $"{PrivateKeyVariable} is not a valid Stark private key (hex, below the curve order)");
        }

        Felt? address = null;
        var configuredAddress = variable(AccountAddressVariable);
        if (!string.IsNullOrWhiteSpace(configuredAddress))
        {
            if (!Felt.TryParseHex(configuredAddress.Trim(), out var parsed) || parsed.IsZero)
            {
                return (null, $"{AccountAddressVariable} is not a hex account address");
            }

            address = parsed;
        }

        return (new ParadexClientOptions { Environment = environment, Market = MarketFor(ticker), Key = key, L1Address = l1Address, AccountAddress = address }, null);
    }

    public override string ToString() => $"ParadexClientOptions({Environment.Name}, {Market}, public key {Key.PublicKey})";

    [System.Text.RegularExpressions.GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial System.Text.RegularExpressions.Regex EthereumAddress();
}
