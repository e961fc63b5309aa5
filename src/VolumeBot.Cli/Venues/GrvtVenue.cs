using System.Text.RegularExpressions;
using Serilog.Extensions.Logging;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Builds the live GRVT client from the environment: GRVT_TRADING_ACCOUNT_ID, GRVT_PRIVATE_KEY, GRVT_API_KEY,
/// GRVT_ENVIRONMENT (prod, testnet, staging, dev; default prod) and the optional URL overrides GRVT_EDGE_URL,
/// GRVT_TRADES_URL, GRVT_MARKET_DATA_URL, GRVT_WS_URL and GRVT_MARKET_DATA_WS_URL. Errors name the variable, never its value.
/// </summary>
public static partial class GrvtVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        var (clientOptions, error) = ClientOptions(options);
        if (clientOptions is null)
        {
            return (null, error);
        }

        clientOptions.LoggerFactory = new SerilogLoggerFactory(logger);
        return (new GrvtClient(clientOptions, time), null);
    }

    /// <summary>The client's settings read from the environment, or the first variable that is missing or malformed.</summary>
    public static (GrvtClientOptions? Options, string? Error) ClientOptions(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // the signing key is 32 bytes; a shorter hex string is a truncated paste, not a key
        if (!PrivateKey().IsMatch(Environment.GetEnvironmentVariable(GrvtClientOptions.PrivateKeyVariable)?.Trim() ?? ""))
        {
            return (null, $"{GrvtClientOptions.PrivateKeyVariable} is not a private key: 32 bytes as 64 hex digits, optionally with 0x");
        }

        return GrvtClientOptions.FromVariables(Environment.GetEnvironmentVariable, options.Settings.Ticker);
    }

    [GeneratedRegex("^(0x)?[0-9a-fA-F]{64}$")]
    private static partial Regex PrivateKey();
}
