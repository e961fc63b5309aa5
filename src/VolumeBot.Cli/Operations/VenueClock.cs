using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using VolumeBot.Cli.Configuration;
using VolumeBot.Grvt;
using VolumeBot.Paradex;

namespace VolumeBot.Cli.Operations;

/// <summary>
/// How far this machine's clock is from the venue's: Paradex's GET /system/time (ms), GRVT's market-data mini ticker
/// event_time (ns). Signatures carry timestamps both venues check, so a clock that is off stops a run before its first order.
/// </summary>
public static class VenueClock
{
    /// <summary>Venue time minus local time (positive: the local clock is behind), measured at the request's midpoint; null when the venue did not say.</summary>
    public static async Task<TimeSpan?> OffsetAsync(RunOptions options, HttpClient http, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        try
        {
            var sent = time.GetUtcNow();
            var venueTime = options.Settings.Venue switch
            {
                "paradex" => await ParadexTimeAsync(http, cancellationToken),
                "grvt" => await GrvtTimeAsync(http, options.Settings.Ticker, cancellationToken),
                _ => null,
            };
            var received = time.GetUtcNow();
            return venueTime - (sent + ((received - sent) / 2));
        }
        catch (Exception unanswered) when (unanswered is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<DateTimeOffset?> ParadexTimeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var (environment, _) = ParadexEnvironment.From(Environment.GetEnvironmentVariable);
        if (environment is null)
        {
            return null;
        }

        var body = JsonNode.Parse(await http.GetStringAsync(new Uri(environment.RestUrl + "/system/time"), cancellationToken));
        return DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(body?["server_time"]?.ToString() ?? "", CultureInfo.InvariantCulture));
    }

    private static async Task<DateTimeOffset?> GrvtTimeAsync(HttpClient http, string ticker, CancellationToken cancellationToken)
    {
        var (environment, _) = GrvtEnvironment.FromVariables(Environment.GetEnvironmentVariable);
        if (environment is null)
        {
            return null;
        }

        using var request = new StringContent(new JsonObject { ["instrument"] = $"{ticker}_USDT_Perp" }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(environment.MarketDataUrl, "/full/v1/mini"), request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var nanoseconds = long.Parse(body?["result"]?["event_time"]?.ToString() ?? "", CultureInfo.InvariantCulture);
        return DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100);
    }
}
