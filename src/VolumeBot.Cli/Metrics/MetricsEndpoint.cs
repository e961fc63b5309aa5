using System.Net;

namespace VolumeBot.Cli.Metrics;

/// <summary>Where `--metrics-port` serves /metrics: 127.0.0.1 unless --metrics-host says otherwise.</summary>
public sealed record MetricsEndpoint(string Host, int Port)
{
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The endpoint (null when --metrics-port is not given), or the flag that is wrong.</summary>
    public static (MetricsEndpoint? Endpoint, string? Error) From(int? port, string? host)
    {
        host = string.IsNullOrWhiteSpace(host) ? DefaultHost : host.Trim();
        if (port is null)
        {
            return (null, null);
        }

        if (port is < 1 or > 65_535)
        {
            return (null, $"--metrics-port must be a port from 1 to 65535 (got {port})");
        }

        return host == "localhost" || IPAddress.TryParse(host, out _)
            ? (new MetricsEndpoint(host, port.Value), null)
            : (null, $"--metrics-host must be an IP address such as 127.0.0.1 or 0.0.0.0 (got {host})");
    }

    public string Url => $"http://{(Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host)}:{Port}/metrics";

    /// <summary>The host of the listener's prefix: every interface is "+", which also answers requests naming any host.</summary>
    internal string ListenerHost => Host is "0.0.0.0" or "::" ? "+" : Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;
}
