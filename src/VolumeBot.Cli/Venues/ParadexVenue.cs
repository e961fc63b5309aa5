using Serilog.Extensions.Logging;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Builds the live Paradex client from the environment: PARADEX_L2_PRIVATE_KEY, PARADEX_L1_ADDRESS, optional
/// PARADEX_L2_ADDRESS, PARADEX_ENVIRONMENT (prod or testnet) and the PARADEX_REST_URL / PARADEX_WS_URL overrides.
/// Errors are one line and name variables, never their values.
/// </summary>
public static class ParadexVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        var (clientOptions, error) = ClientOptions(options);
        return clientOptions is null ? (null, error) : (new ParadexClient(clientOptions with { LoggerFactory = new SerilogLoggerFactory(logger) }, time), null);
    }

    /// <summary>The client's settings read from the environment, or the first variable that is missing or malformed.</summary>
    public static (ParadexClientOptions? Options, string? Error) ClientOptions(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (client, error) = ParadexClientOptions.FromVariables(Environment.GetEnvironmentVariable, options.Settings.Ticker);
        return client is null ? (null, error) : (client with { InteractiveToken = options.OrderClass.Retail }, null);
    }
}
