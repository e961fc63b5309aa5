using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Builds the live GRVT client from the environment: GRVT_TRADING_ACCOUNT_ID, GRVT_PRIVATE_KEY, GRVT_API_KEY,
/// GRVT_ENVIRONMENT (prod, testnet, staging, dev; default prod) and the optional URL overrides GRVT_EDGE_URL,
/// GRVT_TRADES_URL, GRVT_MARKET_DATA_URL and GRVT_WS_URL. Errors name the variable, never its value.
/// </summary>
public static class GrvtVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (clientOptions, error) = GrvtClientOptions.FromVariables(Environment.GetEnvironmentVariable, options.Settings.Ticker);
        if (clientOptions is null)
        {
            return (null, error);
        }

        clientOptions.Logger = logger;
        return (new GrvtClient(clientOptions, time), null);
    }
}
