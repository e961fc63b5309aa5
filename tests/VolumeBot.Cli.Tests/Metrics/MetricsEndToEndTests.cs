using System.Globalization;
using System.Text.RegularExpressions;

namespace VolumeBot.Cli.Tests.Metrics;

/// <summary>`--metrics-port`: a paper run's /metrics scraped while it trades, labelled by venue, market and account.</summary>
public partial class MetricsEndToEndTests
{
    [Fact]
    public async Task A_paper_run_serves_its_figures_at_metrics_while_it_trades()
    {
        var port = FreePort.Next();
        using var run = new VolumebotProcess(
            ["--paper", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0.2", "--max-cycles", "500", "--no-live", "--metrics-port", port.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["ACCOUNT_NAME"] = "farm-1" });

        var text = await FreePort.ScrapeUntilAsync(port, t => Value(t, "volumebot_cycles") >= 2, TimeSpan.FromSeconds(90));
        var listening = ListeningAddresses(port);
        run.Signal("INT");
        await run.WaitForExitAsync(60);

        Assert.True(Value(text, "volumebot_cycles") >= 2, text + run.Stdout + run.Stderr);
        const string labels = "venue=\"paradex\",market=\"BTC\",account=\"farm-1\"";
        foreach (var name in new[]
        {
            "volumebot_quote_volume_usdt", "volumebot_slippage_usdt", "volumebot_total_cost_usdt", "volumebot_cycles",
            "volumebot_fills", "volumebot_position_base", "volumebot_open_orders", "volumebot_reconnects_total",
            "volumebot_seconds_since_last_fill", "volumebot_run_seconds",
        })
        {
            Assert.Matches($"(?m)^{name}{{{labels}}} ", text);
        }

        Assert.Matches($"(?m)^volumebot_fees_usdt{{role=\"maker\",{labels}}} ", text);
        Assert.Matches($"(?m)^volumebot_fees_usdt{{role=\"taker\",{labels}}} ", text);
        Assert.True(Value(text, "volumebot_quote_volume_usdt") > 0, text);
        Assert.True(Value(text, "volumebot_fills") >= 4, text);
        Assert.True(Value(text, "volumebot_seconds_since_last_fill") is >= 0 and < 60, text);
        Assert.DoesNotContain("volumebot_order_budget_remaining{", text, StringComparison.Ordinal); // paper has no order budget
        Assert.Contains($"Metrics at http://127.0.0.1:{port}/metrics", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(["127.0.0.1"], listening);
    }

    [Fact]
    public async Task A_retail_run_shows_what_is_left_of_the_days_order_budget()
    {
        var port = FreePort.Next();
        using var run = new VolumebotProcess(
            ["--paper", "--ticker", "BTC", "--quantity", "0.01", "--boost", "--use-ioc", "--wait-time", "0.2", "--max-cycles", "500", "--no-live", "--order-class", "retail", "--metrics-port", port.ToString(CultureInfo.InvariantCulture)]);

        var text = await FreePort.ScrapeUntilAsync(port, t => Value(t, "volumebot_cycles") >= 1, TimeSpan.FromSeconds(90));
        run.Signal("INT");
        await run.WaitForExitAsync(60);

        // 950 a day planned (1,000 less 5 %); a cycle of a boost IOC run spent at least its open and its close
        Assert.InRange(Value(text, "volumebot_order_budget_remaining"), 0, 948);
    }

    [Fact]
    public async Task A_paper_hedged_run_shows_each_venue_under_its_own_label_and_the_net_exposure_across_both()
    {
        var port = FreePort.Next();
        using var run = new VolumebotProcess(
            ["--paper", "--exchange", "paradex", "--hedge-exchange", "grvt", "--ticker", "BTC", "--quantity", "0.01", "--hold-time", "5", "--max-cycles", "50", "--no-live", "--metrics-port", port.ToString(CultureInfo.InvariantCulture)]);

        // during the hold: the open filled on paradex and was hedged on grvt
        var text = await FreePort.ScrapeUntilAsync(port, t => SeriesValue(t, "volumebot_position_base", "paradex") == 0.01 && SeriesValue(t, "volumebot_position_base", "grvt") == -0.01, TimeSpan.FromSeconds(90));
        run.Signal("INT");
        var exit = await run.WaitForExitAsync(60);

        Assert.True(SeriesValue(text, "volumebot_position_base", "paradex") == 0.01, text + run.Stdout + run.Stderr);
        Assert.Equal(-0.01, SeriesValue(text, "volumebot_position_base", "grvt"));
        Assert.Matches("(?m)^volumebot_net_exposure_base{market=\"BTC\",account=\"default\"} 0$", text);
        foreach (var venue in new[] { "paradex", "grvt" })
        {
            foreach (var name in new[] { "volumebot_quote_volume_usdt", "volumebot_total_cost_usdt", "volumebot_fills", "volumebot_open_orders", "volumebot_reconnects_total", "volumebot_seconds_since_last_fill" })
            {
                Assert.False(double.IsNaN(SeriesValue(text, name, venue)), $"{name} of {venue}\n{text}");
            }

            Assert.True(SeriesValue(text, "volumebot_quote_volume_usdt", venue) > 0, text);
        }

        Assert.Matches($"(?m)^volumebot_fees_usdt{{role=\"taker\",venue=\"grvt\",market=\"BTC\",account=\"default\"}} ", text);
        Assert.Equal(0, exit); // Ctrl-C in the hold flattens both venues
    }

    [Fact]
    public async Task A_port_already_taken_is_one_error_line_naming_the_flag()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, run) = await VolumebotProcess.RunAsync(["--paper", "--ticker", "BTC", "--max-cycles", "1", "--no-live", "--metrics-port", port.ToString(CultureInfo.InvariantCulture)], timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Contains($"--metrics-port {port} cannot be opened on 127.0.0.1", run.OnlyErrorLine(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metrics-port", "70000", "--metrics-port must be a port from 1 to 65535 (got 70000)")]
    [InlineData("--metrics-host", "my-laptop", "--metrics-host must be an IP address such as 127.0.0.1 or 0.0.0.0 (got my-laptop)")]
    public async Task A_wrong_metrics_flag_is_refused_before_trading(string flag, string value, string expected)
    {
        string[] args = flag == "--metrics-port" ? [flag, value] : ["--metrics-port", "9464", flag, value];
        var (exit, run) = await VolumebotProcess.RunAsync(["--paper", "--max-cycles", "1", "--no-live", .. args], timeoutSeconds: 60);
        using var _ = run;

        Assert.Equal(1, exit);
        Assert.Equal($"Error: {expected}", run.OnlyErrorLine());
    }

    /// <summary>One venue's sample of a metric (NaN when absent).</summary>
    private static double SeriesValue(string text, string name, string venue)
    {
        var prefix = $"{name}{{venue=\"{venue}\",market=\"BTC\",account=\"default\"}} ";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[prefix.Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>The sum of a metric's samples in the exposition text (NaN when absent).</summary>
    private static double Value(string text, string name)
    {
        var samples = Regex.Matches(text, $"(?m)^{name}{{[^}}]*}} (\\S+)$").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        return samples.Count == 0 ? double.NaN : samples.Sum();
    }

    /// <summary>The local addresses listening on the port, from the kernel's table (IPv4, little-endian hex).</summary>
    private static List<string> ListeningAddresses(int port) =>
        File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A" && int.Parse(f[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            .Select(f => new System.Net.IPAddress(uint.Parse(f[1].Split(':')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            .ToList();
}
