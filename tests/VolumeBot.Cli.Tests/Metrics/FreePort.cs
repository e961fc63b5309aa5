using System.Net;
using System.Net.Sockets;

namespace VolumeBot.Cli.Tests.Metrics;

/// <summary>A loopback port nobody listens on right now, for a metrics endpoint under test.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Scrapes until <paramref name="ready"/> holds for the text or the time is up (then the last text, or "").</summary>
    public static async Task<string> ScrapeUntilAsync(int port, Func<string, bool> ready, TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
                if (ready(last))
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        return last;
    }
}
