using System.Text.RegularExpressions;
using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Paradex;
using VolumeBot.Paradex.Signing;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Builds the live Paradex client from the environment: PARADEX_L2_PRIVATE_KEY, PARADEX_L1_ADDRESS, optional
/// PARADEX_L2_ADDRESS, PARADEX_ENVIRONMENT (prod or testnet) and the PARADEX_REST_URL / PARADEX_WS_URL overrides.
/// Errors are one line and name variables, never their values.
/// </summary>
public static partial class ParadexVenue
{
    public static (IExchangeClient? Client, string? Error) Create(RunOptions options, TimeProvider time, Serilog.ILogger logger)
    {
        var (clientOptions, error) = ClientOptions(options);
        return clientOptions is null ? (null, error) : (new ParadexClient(clientOptions, time, logger), null);
    }

    /// <summary>The client's settings read from the environment, or the first variable that is missing or malformed.</summary>
    public static (ParadexClientOptions? Options, string? Error) ClientOptions(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (environment, environmentError) = ParadexEnvironment.From(Environment.GetEnvironmentVariable);
        if (environment is null)
        {
            return (null, environmentError);
        }

        var l1Address = Environment.GetEnvironmentVariable("PARADEX_L1_ADDRESS")?.Trim() ?? "";
        if (!EthereumAddress().IsMatch(l1Address))
        {
            return (null, "PARADEX_L1_ADDRESS is not an Ethereum address (0x followed by 40 hex digits): use the address of the wallet the Paradex account was opened with");
        }

        StarkKey key;
        try
        {
            key = StarkKey.FromHex(Environment.GetEnvironmentVariable("PARADEX_L2_PRIVATE_KEY")?.Trim() ?? "");
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return (null, "PARADEX_L2_PRIVATE_KEY is not a valid Stark private key (hex, below the curve order)");
        }

        Felt? address = null;
        var configuredAddress = Environment.GetEnvironmentVariable("PARADEX_L2_ADDRESS");
        if (!string.IsNullOrWhiteSpace(configuredAddress))
        {
            if (!Felt.TryParseHex(configuredAddress.Trim(), out var parsed) || parsed.IsZero)
            {
                return (null, "PARADEX_L2_ADDRESS is not a hex account address");
            }

            address = parsed;
        }

        return (new ParadexClientOptions
        {
            Environment = environment,
            Market = ParadexClientOptions.MarketFor(options.Settings.Ticker),
            Key = key,
            L1Address = l1Address,
            AccountAddress = address,
            InteractiveToken = options.OrderClass.Retail,
        }, null);
    }

    [GeneratedRegex("^0x[0-9a-fA-F]{40}$")]
    private static partial Regex EthereumAddress();
}
