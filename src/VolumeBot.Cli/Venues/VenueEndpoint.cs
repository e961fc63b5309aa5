using VolumeBot.Cli.Configuration;
using VolumeBot.Core.Venue;
using VolumeBot.Grvt;
using VolumeBot.Paradex;

namespace VolumeBot.Cli.Venues;

/// <summary>
/// Where a run connects: the hosts (host and port only, never user info, paths or query strings) and the variables
/// that chose them, so a failed connection can say where it went and what to check.
/// </summary>
public sealed record VenueEndpoint(string Venue, IReadOnlyList<string> Hosts, string Environment, string EnvironmentName, IReadOnlyList<string> Overrides)
{
    /// <summary>The endpoint of a live or live-data run (null for the simulated paper market), or the variable that is wrong.</summary>
    public static (VenueEndpoint? Endpoint, string? Error) For(RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Paper && !options.LiveData)
        {
            return (null, null);
        }

        Func<string, string?> variable = System.Environment.GetEnvironmentVariable;
        switch (options.Settings.Venue)
        {
            case "paradex":
                var (paradex, paradexError) = ParadexEnvironment.From(variable);
                return paradex is null
                    ? (null, paradexError)
                    : (Of("paradex", ParadexEnvironment.EnvironmentVariable, paradex.Name, [paradex.RestUrl, paradex.WebSocketUrl], [ParadexEnvironment.RestUrlVariable, ParadexEnvironment.WebSocketUrlVariable]), null);
            case "grvt":
                var (grvt, grvtError) = GrvtEnvironment.FromVariables(variable);
                if (grvt is null)
                {
                    return (null, grvtError);
                }

                Uri[] urls = options.Paper ? [grvt.MarketDataUrl] : [grvt.EdgeUrl, grvt.MarketDataUrl, grvt.TradesUrl, grvt.TradesWebSocketUrl];
                string[] overrides = options.Paper
                    ? [GrvtEnvironment.MarketDataUrlVariable]
                    : [GrvtEnvironment.EdgeUrlVariable, GrvtEnvironment.MarketDataUrlVariable, GrvtEnvironment.TradesUrlVariable, GrvtEnvironment.WebSocketUrlVariable];
                return (Of("grvt", GrvtEnvironment.EnvironmentVariable, grvt.Name, urls, overrides), null);
            default:
                return (null, null);
        }
    }

    /// <summary>One line: what failed, where, and the likely causes to check.</summary>
    public string DescribeConnectFailure(VenueError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var chosenBy = Overrides.Count == 0 ? $"{Environment}={EnvironmentName}" : $"{Environment}={EnvironmentName} with {string.Join(", ", Overrides)}";
        var where = $"Could not connect to {Venue} at {string.Join(", ", Hosts)} (chosen by {chosenBy}): {error.Message}.";
        var hint = error.Kind switch
        {
            VenueErrorKind.Unauthorized =>
                $" The venue refused the keys: check that they belong to {Environment}={EnvironmentName} (testnet keys do not work on prod, nor the reverse) and that the account is set up on the venue.",
            VenueErrorKind.NotFound or VenueErrorKind.InvalidRequest =>
                $" The host answered but not as {Venue} does: check {Environment}{OverridesHint} and --ticker.",
            _ =>
                $" Likely causes: no network (or DNS) from this machine; {Environment}{OverridesHint} pointing at the wrong place; or {Venue} is down (see its status page).",
        };
        return where + hint;
    }

    private string OverridesHint => Overrides.Count == 0 ? "" : $" or the {string.Join(" / ", Overrides)} override";

    private static VenueEndpoint Of(string venue, string environmentVariable, string environmentName, Uri[] urls, string[] overrideVariables)
    {
        var hosts = urls.Select(HostOf).Distinct().ToList();
        var overrides = overrideVariables.Where(name => !string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable(name))).ToList();
        return new VenueEndpoint(venue, hosts, environmentVariable, environmentName, overrides);
    }

    private static string HostOf(Uri url) => url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}";
}
