using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VolumeBot.Grvt.Signing;
using VolumeBot.Venues.Http;

namespace VolumeBot.Grvt;

/// <summary>
/// What the GRVT client needs: environment, sub-account, API key, signing key, market and pacing. The API key and
/// the signing key never appear in <see cref="ToString"/>.
/// </summary>
public sealed class GrvtClientOptions
{
    public const string TradingAccountVariable = "GRVT_TRADING_ACCOUNT_ID";
    public const string PrivateKeyVariable = "GRVT_PRIVATE_KEY";
    public const string ApiKeyVariable = "GRVT_API_KEY";

    public required GrvtEnvironment Environment { get; init; }

    /// <summary>GRVT_TRADING_ACCOUNT_ID: the sub-account that trades and signs.</summary>
    public required ulong SubAccountId { get; init; }

    /// <summary>GRVT_API_KEY, exchanged for the session cookie at login. Secret.</summary>
    public required string ApiKey { get; init; }

    /// <summary>GRVT_PRIVATE_KEY: signs every order (EIP-712).</summary>
    public required EthereumKey SigningKey { get; init; }

    /// <summary>Base asset, e.g. ETH; the market is {Ticker}_USDT_Perp.</summary>
    public required string Ticker { get; init; }

    public string Instrument => $"{Ticker.ToUpperInvariant()}_USDT_Perp";

    /// <summary>Per HTTP request, as the official SDK; a submission that runs over has an unknown outcome.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Extra attempts for idempotent reads after a rate limit, a transient 5xx or a broken connection.</summary>
    public int ReadRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Logs in again when the session cookie has less than this left (the protocol doc recommends 5 minutes).</summary>
    public TimeSpan SessionRefreshMargin { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Protocol-level pings on the private socket, which can be silent for long stretches.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the streamed book may go without a message before reads go to REST again; zero always reads REST.</summary>
    public TimeSpan BookMaxAge { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Where the client logs (category "GRVT"); the CLI hands in its Serilog logger through this.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    internal ILogger CreateLogger() => LoggerFactory.CreateLogger("GRVT");

    internal VenueHttpOptions Http(TimeProvider time) => Rest.GrvtRateLimits.HttpOptions(RequestTimeout, ReadRetries, RetryBaseDelay, RetryMaxDelay, time);

    /// <summary>Reads the GRVT_* variables; the error names the variable but never echoes a secret.</summary>
    public static (GrvtClientOptions? Options, string? Error) FromVariables(Func<string, string?> variable, string ticker)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var (environment, environmentError) = GrvtEnvironment.FromVariables(variable);
        if (environment is null)
        {
            return (null, environmentError);
        }

        if (!ulong.TryParse(variable(TradingAccountVariable)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var subAccount))
        {
            return (null, $"{TradingAccountVariable} must be the numeric sub-account id");
        }

        var apiKey = variable(ApiKeyVariable)?.Trim();
        if (string.IsNullOrEmpty(apiKey))
        {
            return (null, $"{ApiKeyVariable} is not set");
        }

        EthereumKey key;
        try
        {
            key = EthereumKey.FromHex(variable(PrivateKeyVariable)?.Trim() ?? "");
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return (null, $"{PrivateKeyVariable} is not a valid secp256k1 private key (64 hex digits, optionally with 0x)");
        }

        return (new GrvtClientOptions { Environment = environment, SubAccountId = subAccount, ApiKey = apiKey, SigningKey = key, Ticker = ticker }, null);
    }

    public override string ToString() =>
        $"GrvtClientOptions({Environment.Name}, sub-account {SubAccountId}, signer {SigningKey.Address}, {Instrument})";
}
